import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { findCommand } from "../../../commands/index.js";
import { parseInput } from "../../../commands/parseInput.js";
import type { Knowledge } from "../../../src/knowledge/knowledge.js";

/** Where the BBC News articles are kept: `../shared/data/bbc-news/bbc/<category>/NNN.txt`. */
export const BBC_DIR = path.join(import.meta.dirname, "../../../../shared/data/bbc-news/bbc");

/** Whether the BBC articles are there, and a line saying so when they are not. */
export const BBC_AVAILABLE = existsSync(BBC_DIR);
export const BBC_NOTICE = `BBC sample skipped: ${BBC_DIR} is absent`;

/**
 * A folder holding every `stride`-th BBC article of each category (as `.txt`, title on the first
 * line, as the loader reads them): a spread of real text, small enough to build in a moment.
 */
export async function bbcSample(stride: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-bbc-sample-"));
  const categories = (await readdir(BBC_DIR, { withFileTypes: true })).filter((d) =>
    d.isDirectory(),
  );
  for (const category of categories.map((d) => d.name).sort()) {
    const files = (await readdir(path.join(BBC_DIR, category))).filter((f) => f.endsWith(".txt"));
    for (const file of files.sort().filter((_, i) => i % stride === 0))
      await copyFile(path.join(BBC_DIR, category, file), path.join(dir, `${category}-${file}`));
  }
  return dir;
}

/** One command run: its name, what was typed, and the core's result. */
export interface Run {
  readonly command: "ask" | "timeline" | "quote";
  readonly raw: Readonly<Record<string, string>>;
  readonly result: unknown;
}

function run(knowledge: Knowledge, command: Run["command"], raw: Record<string, string>): Run {
  const definition = findCommand(command);
  if (!definition) throw new Error(`no command ${command}`);
  return { command, raw, result: definition.run(knowledge, parseInput(definition, raw)) };
}

/**
 * Commands run over a corpus the way a reader would try it: questions made from the corpus's
 * own sentences (whole, and as a short "what about" question) every `stride` passages; the
 * timeline whole and by a few topics; every speaker's quotes, alone and about a word of their
 * first quote (the `speakers` most quoted), and a name nobody has.
 */
export function sampleRuns(knowledge: Knowledge, stride: number, speakers = Infinity): Run[] {
  const runs: Run[] = [];
  knowledge.passages.forEach((passage, i) => {
    if (i % stride !== 0) return;
    const sentence = passage.sentences[0]?.text ?? "";
    if (sentence.length >= 3)
      runs.push(run(knowledge, "ask", { question: sentence.slice(0, 300) }));
    const words = sentence
      .split(/\s+/u)
      .filter((w) => w.length > 3)
      .slice(0, 5);
    if (words.length > 1)
      runs.push(run(knowledge, "ask", { question: `What about ${words.join(" ")}?` }));
  });
  runs.push(run(knowledge, "timeline", {}));
  const topics = knowledge.passages
    .filter((_, i) => i % (stride * 7) === 0)
    .map((p) => p.text.split(/\s+/u).find((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)))
    .filter((w): w is string => w !== undefined)
    .slice(0, 3);
  for (const topic of topics) runs.push(run(knowledge, "timeline", { topic }));
  for (const entry of knowledge.speakers().entries.slice(0, speakers)) {
    // A name too short to type (a stray initial) cannot be asked for.
    if (entry.id.length < 2) continue;
    runs.push(run(knowledge, "quote", { speaker: entry.name.slice(0, 100) }));
    const about = entry.quotes[0]?.text.split(/\s+/u).find((w) => w.length > 4);
    if (about) runs.push(run(knowledge, "quote", { speaker: entry.id, about }));
  }
  runs.push(run(knowledge, "quote", { speaker: "Nobody Atall" }));
  return runs;
}
