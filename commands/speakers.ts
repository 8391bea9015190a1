import { z } from "zod";
import type { Knowledge } from "../src/knowledge/knowledge.js";
import { summarize, type SpeakerSummary } from "../src/quotes/quote.js";
import type { CommandDefinition } from "./definition.js";

/** The result of `speakers`: everyone quoted, most-quoted first, then those only named. */
export interface SpeakersResult {
  readonly speakers: readonly SpeakerSummary[];
}

/** Lists the speaker directory. */
export function listSpeakers(knowledge: Knowledge): SpeakersResult {
  return { speakers: knowledge.speakers().entries.map(summarize) };
}

const input = z.object({});

/** `/speakers`: who is quoted in the articles, and who is only named. */
export const speakersCommand = {
  name: "speakers",
  description: "Who is quoted in the articles, most-quoted first, and who is only mentioned.",
  options: [],
  input,
  run: (knowledge) => listSpeakers(knowledge),
} as const satisfies CommandDefinition<z.infer<typeof input>, SpeakersResult>;
