import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DATA_DIR } from "./benchPaths.js";

/** The BBC News dev questions: 200 answerable, 50 the corpus does not answer. */
export const BBC_QUESTIONS_FILE = path.join(DATA_DIR, "bbc-news/questions/dev.jsonl");

const answerableSchema = z.object({
  q: z.string().min(1),
  any: z.array(z.string().min(1)).optional(),
  all: z.array(z.string().min(1)).optional(),
  file: z.string().regex(/^[a-z]+\/\d+\.txt$/u),
  also: z.array(z.string()),
  kind: z.enum(["who", "which", "what", "when", "where", "why", "how-much", "how-many"]),
  overlap: z.number().min(0).max(1),
});
const outOfCorpusSchema = z.object({ q: z.string().min(1), abstain: z.literal(true) });

/** An answerable dev question (the README of the questions folder says what each field means). */
export type AnswerableQuestion = z.infer<typeof answerableSchema>;
/** The kind of answer a dev question seeks. */
export type QuestionKind = AnswerableQuestion["kind"];

/** The dev set, split into its two parts. */
export interface BbcQuestions {
  readonly answerable: readonly AnswerableQuestion[];
  /** Near-miss questions no article answers: the right response is to abstain. */
  readonly outOfCorpus: readonly string[];
}

/**
 * Reads `dev.jsonl`, each line checked with zod (a bad line throws, naming its number), or
 * returns null when the file is absent.
 */
export function readBbcQuestions(file = BBC_QUESTIONS_FILE): BbcQuestions | null {
  if (!existsSync(file)) return null;
  const answerable: AnswerableQuestion[] = [];
  const outOfCorpus: string[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim().length === 0) return;
      const raw: unknown = JSON.parse(line);
      const miss = outOfCorpusSchema.safeParse(raw);
      if (miss.success) {
        outOfCorpus.push(miss.data.q);
        return;
      }
      const parsed = answerableSchema.safeParse(raw);
      if (!parsed.success || (!parsed.data.any && !parsed.data.all))
        throw new Error(`bbc questions: line ${i + 1} of ${file} is not a dev question`);
      answerable.push(parsed.data);
    });
  return { answerable, outOfCorpus };
}

/** The article ids (`business/404`) that answer a question: its gold file and the copies. */
export function answeringArticles(question: AnswerableQuestion): string[] {
  return [question.file, ...question.also].map((f) => f.replace(/\.txt$/u, ""));
}
