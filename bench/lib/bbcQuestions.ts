import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DATA_DIR } from "./benchPaths.js";

/** The BBC News dev questions: 200 answerable, 50 out-of-corpus (see its README). */
export const BBC_QUESTIONS_FILE = path.join(DATA_DIR, "bbc-news/questions/dev.jsonl");

const answerable = z.object({
  q: z.string().min(1),
  any: z.array(z.string()).optional(),
  all: z.array(z.string()).optional(),
  /** The gold article, as a path under `bbc/` (`business/404.txt`). */
  file: z.string().min(1),
  also: z.array(z.string()),
  kind: z.string(),
  overlap: z.number(),
});
const outOfCorpus = z.object({ q: z.string().min(1), abstain: z.literal(true) });

/** One line of the dev set: an answerable question, or one the corpus does not answer. */
export type BbcQuestion = z.infer<typeof answerable> | z.infer<typeof outOfCorpus>;

/**
 * Reads the dev questions, each line checked; null when the file is absent. A malformed line
 * throws, naming its line number.
 */
export function readBbcQuestions(file = BBC_QUESTIONS_FILE): BbcQuestion[] | null {
  if (!existsSync(file)) return null;
  const schema = z.union([outOfCorpus, answerable]);
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      if (line.trim().length === 0) return [];
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`bbc questions: line ${i + 1}: ${parsed.error.issues[0]?.message ?? ""}`);
      return [parsed.data];
    });
}

/** The article ids (`business/404`) that answer a question: its gold file and the copies. */
export function answeringArticles(question: BbcQuestion): string[] {
  if ("abstain" in question) return [];
  return [question.file, ...question.also].map((f) => f.replace(/\.txt$/u, ""));
}
