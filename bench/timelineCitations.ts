import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { knowledgeFromArticles } from "../src/knowledge/buildKnowledge.js";
import { parseTimelineQuery } from "../src/timeline/filterTimeline.js";
import { timeline } from "../src/timeline/timeline.js";
import { BBC_FILE } from "./lib/benchPaths.js";
import { passageReportsEvent } from "./lib/eventReported.js";
import { auditJudge, formatJudgeAudit, type JudgeAudit } from "./lib/mergeAudit.js";
import { bbcArticles } from "./scale/scaleCorpora.js";

/**
 * The story topics measured, in two halves: the first was looked at while tuning, the second
 * only to report. Chosen to cover every BBC section and kinds of story (a company, a war, a
 * disaster, a person, a product, a recurring event, an economic figure).
 */
export const TOPICS = {
  tune: ["Yukos", "Iraq war", "tsunami", "Glazer", "Kilroy-Silk", "iPod"],
  check: ["Enron", "election", "Oscars", "Six Nations", "spam", "interest rates"],
} as const;

/** How one topic's timeline fares. */
export interface TopicRow {
  /** `corpus`: every event of the whole corpus, no topic: the most merging, the widest check. */
  readonly half: "tune" | "check" | "corpus";
  readonly topic: string;
  readonly events: number;
  readonly citations: number;
  /** Citations whose passage reports the event (see {@link passageReportsEvent}). */
  readonly reporting: number;
  /** Events whose text is shown again by an earlier event of the same timeline. */
  readonly duplicateTexts: number;
  /** Events with two or more citations, at least one of which does not report the event. */
  readonly mergedUnrelated: number;
  /** A few failing citations, to read. */
  readonly examples: readonly string[];
}

/** The topics' rows, and how the judge of "reports the event" fares against hand labels. */
export interface TimelineCitations {
  readonly topics: readonly TopicRow[];
  readonly audit: JudgeAudit;
}

/**
 * Builds the timeline of each topic over the 2,225 BBC articles (every event, not only the
 * strongest) and checks every citation against the passage it points at; then audits that
 * check against hand-labelled pairs (see `auditJudge`). Returns null (after saying why) when
 * the data is not there.
 */
export function runTimelineCitations(
  file = BBC_FILE,
  log: (line: string) => void = () => {},
): TimelineCitations | null {
  if (!existsSync(file)) {
    log(`timeline citations: skipped, no data at ${file}`);
    return null;
  }
  const knowledge = knowledgeFromArticles(bbcArticles(file), {
    directory: file,
    cleaning: [],
    problems: [],
    warnings: [],
  });
  const rows: TopicRow[] = [];
  const runs = [
    ...(["tune", "check"] as const).flatMap((half) =>
      TOPICS[half].map((topic) => ({ half, topic })),
    ),
    { half: "corpus" as const, topic: "" },
  ];
  for (const { half, topic } of runs) {
    const parsed = parseTimelineQuery({ topic });
    if (!parsed.ok) throw new Error(parsed.error);
    const result = timeline(knowledge, { ...parsed.value, all: true }, { topic });
    const passage = new Map(result.citations.map((c) => [c.n, c.passage]));
    let citations = 0;
    let reporting = 0;
    let mergedUnrelated = 0;
    const examples: string[] = [];
    const seen = new Set<string>();
    let duplicateTexts = 0;
    for (const event of result.events) {
      if (seen.has(event.text)) duplicateTexts++;
      seen.add(event.text);
      let failed = 0;
      for (const n of event.citations) {
        citations++;
        if (passageReportsEvent(event, passage.get(n) ?? "")) reporting++;
        else {
          failed++;
          if (examples.length < 3)
            examples.push(`${event.date} "${event.text.slice(0, 70)}" ✗ [${n}]`);
        }
      }
      if (failed > 0 && event.citations.length > 1) mergedUnrelated++;
    }
    rows.push({
      half,
      topic: topic || "(whole corpus)",
      events: result.events.length,
      citations,
      reporting,
      duplicateTexts,
      mergedUnrelated,
      examples,
    });
  }
  return { topics: rows, audit: auditJudge(knowledge) };
}

/** The rows as one table, with a total for each half, then the judge's audit. */
export function formatTimelineCitations({ topics: rows, audit }: TimelineCitations): string {
  const line = (
    name: string,
    r: Pick<TopicRow, "events" | "citations" | "reporting" | "duplicateTexts" | "mergedUnrelated">,
  ) =>
    `${name.padEnd(20)} ${String(r.events).padStart(6)} ${String(r.citations).padStart(9)} ${`${r.reporting}/${r.citations}`.padStart(11)} ${pct(r.reporting, r.citations).padStart(9)} ${String(r.duplicateTexts).padStart(10)} ${String(r.mergedUnrelated).padStart(15)}`;
  const out = [
    "topic                events citations  reporting precision duplicates merged-unrelated",
  ];
  for (const half of ["tune", "check"] as const) {
    const part = rows.filter((r) => r.half === half);
    for (const r of part) out.push(line(`  ${r.topic}`, r));
    out.push(line(`${half} half`, sum(part)));
  }
  const topics = rows.filter((r) => r.half !== "corpus");
  out.push(line("all topics", sum(topics)));
  for (const r of rows.filter((r) => r.half === "corpus")) out.push(line(r.topic, r));
  const examples = rows.flatMap((r) => r.examples.map((e) => `  ${r.topic}: ${e}`));
  if (examples.length > 0)
    out.push("", "citations that do not report their event (first few):", ...examples);
  out.push("", formatJudgeAudit(audit));
  return out.join("\n");
}

function sum(rows: readonly TopicRow[]) {
  const total = (
    key: "events" | "citations" | "reporting" | "duplicateTexts" | "mergedUnrelated",
  ) => rows.reduce((s, r) => s + r[key], 0);
  return {
    events: total("events"),
    citations: total("citations"),
    reporting: total("reporting"),
    duplicateTexts: total("duplicateTexts"),
    mergedUnrelated: total("mergedUnrelated"),
  };
}

function pct(part: number, whole: number): string {
  return whole === 0 ? "–" : `${((part / whole) * 100).toFixed(1)}%`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = runTimelineCitations(BBC_FILE, (line) => console.log(line));
  if (result) console.log(formatTimelineCitations(result));
}
