import path from "node:path";
import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { TERMINAL_RENDERERS } from "../../src/cli/renderers.js";
import { DISCORD_RENDERERS } from "../../src/discord/render/index.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { checkCitations } from "../support/citations/index.js";
import {
  BBC_AVAILABLE,
  BBC_NOTICE,
  bbcSample,
  sampleRuns,
  type Run,
} from "../support/citations/sampleRuns.js";

const SEEDS = path.join(import.meta.dirname, "../../corpus");
const TOWN = path.join(import.meta.dirname, "../fixtures/busy-town");
/** Timeline views draw a picture each: a few per corpus are enough. */
const TIMELINE_VIEWS = 3;

/** Claims checked per form, to show the check is never vacuous. */
type Tally = Record<"core" | "json" | "text" | "discord", number>;

/** Every result of `runs` in every form: core, JSON, terminal text, Discord view. */
function problemsOf(
  knowledge: Knowledge,
  runs: readonly Run[],
): { problems: string[]; tally: Tally } {
  const problems: string[] = [];
  const tally: Tally = { core: 0, json: 0, text: 0, discord: 0 };
  let timelineViews = 0;
  for (const r of runs) {
    const renderer = TERMINAL_RENDERERS[r.command]!;
    const forms: Array<[keyof Tally, () => unknown]> = [
      ["core", () => r.result],
      ["json", () => renderer.json(r.result)],
      ["text", () => renderer.text(r.result)],
    ];
    if (r.command !== "timeline" || timelineViews++ < TIMELINE_VIEWS)
      forms.push(["discord", () => DISCORD_RENDERERS[r.command]!(r.result, knowledge)]);
    for (const [form, make] of forms) {
      const check = checkCitations(make(), knowledge);
      tally[form] += check.claims;
      const label = `${r.command} ${JSON.stringify(r.raw).slice(0, 120)} (${form})`;
      problems.push(...check.problems.map((p) => `${label}: ${p}`));
    }
  }
  return { problems, tally };
}

describe("every citation holds what it is cited for", () => {
  it("over the seed articles: every command, every form", async () => {
    const knowledge = await buildKnowledge(SEEDS);
    const { problems, tally } = problemsOf(knowledge, sampleRuns(knowledge, 1));
    expect(problems).toEqual([]);
    for (const form of Object.keys(tally) as Array<keyof Tally>)
      expect(tally[form], form).toBeGreaterThan(20);
  });

  it("over a corpus with paged timelines, namesakes and a menu", async () => {
    const knowledge = await buildKnowledge(TOWN);
    const { problems, tally } = problemsOf(knowledge, sampleRuns(knowledge, 1));
    expect(problems).toEqual([]);
    expect(tally.discord).toBeGreaterThan(10);
  });

  describe("over a sample of BBC News articles", () => {
    let sample: string | undefined;
    afterAll(async () => {
      if (sample) await rm(sample, { recursive: true, force: true });
    });

    it.skipIf(!BBC_AVAILABLE)(
      `every command, every form (${BBC_AVAILABLE ? "about 40 articles" : BBC_NOTICE})`,
      async () => {
        sample = await bbcSample(60);
        const knowledge = await buildKnowledge(sample);
        expect(knowledge.articles.size).toBeGreaterThan(30);
        const { problems, tally } = problemsOf(knowledge, sampleRuns(knowledge, 5, 40));
        expect(problems.slice(0, 20)).toEqual([]);
        for (const form of Object.keys(tally) as Array<keyof Tally>)
          expect(tally[form], form).toBeGreaterThan(50);
      },
    );
  });
});
