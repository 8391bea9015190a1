import { z } from "zod";
import { autocompleteSpeakers } from "../src/quotes/autocompleteSpeakers.js";
import { quote, type QuoteResult } from "../src/quotes/quote.js";
import type { CommandDefinition } from "./definition.js";

const input = z.object({
  speaker: z
    .string({ error: "Please name a speaker, e.g. Muttaqi." })
    .trim()
    .min(2, "The speaker's name is too short: type at least 2 letters, e.g. Muttaqi.")
    .max(100, "The speaker's name is too long: keep it under 100 characters."),
  about: z
    .string()
    .trim()
    .max(100, "`about` is too long: keep it under 100 characters.")
    .optional(),
});

/** `/quote speaker [about]`: direct quotes by a person or body, each cited. */
export const quoteCommand = {
  name: "quote",
  description: "Direct quotes by a person or body, each with its source.",
  options: [
    {
      name: "speaker",
      description: "Who said it, e.g. Muttaqi or the Russian Foreign Ministry",
      required: true,
      minLength: 2,
      maxLength: 100,
      autocomplete: true,
      positional: true,
    },
    {
      name: "about",
      description: "Only quotes about these words, e.g. recognition",
      required: false,
      maxLength: 100,
    },
  ],
  input,
  run: (knowledge, { speaker, about }) =>
    quote(knowledge, speaker, about?.trim() ? about.trim() : null),
  complete: (knowledge, option, value) =>
    option === "speaker" ? autocompleteSpeakers(knowledge.speakers(), value) : [],
} as const satisfies CommandDefinition<z.infer<typeof input>, QuoteResult>;
