import { buildSpeakerDirectory } from "../../src/quotes/buildSpeakerDirectory.js";
import type { SpeakerDirectory } from "../../src/quotes/directoryTypes.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { articleFrom } from "./articleFrom.js";

/** Two articles about the same people, one quote carried by both, and two namesakes. */
export const ARTICLES = [
  articleFrom(
    "kabul",
    [
      "Afghanistan’s Acting Foreign Minister, Amir Khan Muttaqi, met Russian Ambassador Dmitry Zhirnov.",
      "Muttaqi said: “This bold move sets an example for other countries.”",
      "He later described the talks as “a realistic and historic advancement” for both nations.",
      "Russia’s Ministry of Foreign Affairs said: “We believe recognition will open the door to cooperation.”",
    ].join("\n"),
  ),
  articleFrom(
    "moscow",
    [
      "The Russian Foreign Ministry said: “We believe recognition will open the door to cooperation.”",
      "Amir Khan Muttaqi, Afghanistan’s foreign minister, said the talks went well.",
    ].join("\n"),
  ),
  articleFrom(
    "leeds",
    "John Smith, a football coach in Leeds, said: “We play to win every match.”",
  ),
  articleFrom("ohio", "John Smith, a senator from Ohio, said: “Taxes will fall next year.”"),
];

/** The directory over {@link ARTICLES}. */
export function directory(): SpeakerDirectory {
  return buildSpeakerDirectory(ARTICLES, ARTICLES.flatMap(extractQuotes));
}
