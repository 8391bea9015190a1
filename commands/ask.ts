import { z } from "zod";
import type { AskResult } from "../src/answer/ask.js";
import { askFollowUp } from "../src/answer/askFollowUp.js";
import type { CommandDefinition } from "./definition.js";

/** Question length limits: long enough for a real question, short enough to stay one. */
export const QUESTION_LIMITS = { min: 3, max: 300 } as const;

const input = z.object({
  question: z
    .string({ error: "Please give a question." })
    .trim()
    .min(
      QUESTION_LIMITS.min,
      `The question is too short: write at least ${QUESTION_LIMITS.min} characters.`,
    )
    .max(
      QUESTION_LIMITS.max,
      `The question is too long: keep it under ${QUESTION_LIMITS.max} characters.`,
    ),
});

/**
 * `/ask question`: a short answer from the articles, every sentence cited; in a conversation,
 * a follow-up is read against the previous question.
 */
export const askCommand = {
  name: "ask",
  description: "Ask a question; the answer comes only from the articles, with citations.",
  options: [
    {
      name: "question",
      description:
        "Your question, e.g. Who was the first country to recognize the Taliban government?",
      required: true,
      minLength: QUESTION_LIMITS.min,
      maxLength: QUESTION_LIMITS.max,
      positional: true,
    },
  ],
  input,
  run: (knowledge, { question }, context) =>
    askFollowUp(knowledge, question, context?.conversation),
} as const satisfies CommandDefinition<z.infer<typeof input>, AskResult>;
