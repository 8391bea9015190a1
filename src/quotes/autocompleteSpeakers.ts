import { truncate } from "../text/truncate.js";
import type { SpeakerDirectory, SpeakerEntry } from "./directoryTypes.js";
import { matchTier, typedName } from "./speakerMatch.js";
import type { MatchTier } from "./speakerMatch.js";
import { count } from "../text/count.js";

/** One autocomplete choice: `name` is shown, `value` is sent back and resolves to the entry. */
export interface SpeakerChoice {
  readonly name: string;
  readonly value: string;
}

/** Discord allows 25 choices, each name and value at most 100 characters. */
export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

const RANK: Record<MatchTier, number> = { exact: 0, words: 1, prefix: 1, typo: 2, none: 3 };

function clip(text: string): string {
  return truncate(text, MAX_CHOICE_LENGTH);
}

function label(entry: SpeakerEntry): string {
  const quotes = ` (${count(entry.quotes.length, "quote")})`;
  const head = entry.role ? `${entry.name} — ${entry.role}` : entry.name;
  // Shorten the name and role rather than the count, so every label still says how much there is.
  const room = MAX_CHOICE_LENGTH - quotes.length;
  return `${truncate(head, room)}${quotes}`;
}

/**
 * Speaker choices for what the user has typed so far: quoted speakers whose name or alias starts
 * with it, whose words start with it, or that are within a typo or two; better fits first, then
 * most-quoted. An empty input lists the most-quoted speakers.
 */
export function autocompleteSpeakers(
  directory: SpeakerDirectory,
  partial: string,
  limit = MAX_CHOICES,
): SpeakerChoice[] {
  const quoted = directory.entries.filter((e) => e.quotes.length > 0);
  const names = new Map<string, number>();
  for (const e of quoted) names.set(e.name, (names.get(e.name) ?? 0) + 1);
  const typed = partial.trim();
  const name = typedName(typed);
  const ranked = typed
    ? quoted
        .map((e) => ({ e, rank: RANK[matchTier(e, name)] }))
        .filter((x) => x.rank < RANK.none)
        .sort(
          (a, b) =>
            a.rank - b.rank ||
            b.e.quotes.length - a.e.quotes.length ||
            a.e.name.localeCompare(b.e.name),
        )
        .map((x) => x.e)
    : quoted;
  return ranked.slice(0, Math.min(limit, MAX_CHOICES)).map((e) => ({
    name: label(e),
    // Namesakes share a name, so their choices send the entry id instead.
    // The name is sent back to resolve the speaker: when it is shared or too long to send
    // whole, the entry id goes instead (resolveSpeaker takes either).
    value: clip((names.get(e.name) ?? 0) > 1 || e.name.length > MAX_CHOICE_LENGTH ? e.id : e.name),
  }));
}
