import { HOSTILE } from "./inertness.js";

/** A small deterministic generator (mulberry32), so a failing fuzz run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** What hostile or careless users type, by kind. */
export const FUZZ_PIECES = {
  mention: [
    "@everyone",
    "@here",
    "<@123456789012345678>",
    "<@!123456789012345678>",
    "<@&123456789012345678>",
    "<#123456789012345678>",
    "</ask:123456789012345678>",
  ],
  markdown: [
    "**",
    "__",
    "~~",
    "||spoiler||",
    "`",
    "```js\n",
    "> ",
    "# ",
    "-# ",
    "[x](https://e.x)",
    "\\",
    "*",
    "_",
  ],
  zeroWidth: ["\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060"],
  rightToLeft: ["\u202E", "\u202B", "\u200F", "\u061C", "مرحبا", "שלום"],
  control: ["\u0000", "\u0007", "\b", "\t", "\r\n", "\u001B[31m", "\u007F", "\u0085", "\f", "\v"],
  regex: [".*", "(?:", "[", "\\d+", "$&", "$1", "^$", "+?{}|", ")", "(a+)+$"],
  emoji: ["🙂", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇦🇫", "❤️", "🤷🏽‍♀️"],
  space: ["", " ", "\n\t ", "\u00A0", "\u3000", "\u2028"],
  words: [
    "Taliban",
    "Russia",
    "recognize",
    "Muttaqi",
    "2025",
    "July 2025",
    "who",
    "when",
    "?",
    "John Smith",
    "Smith",
    "nitro",
    "Mallory",
    "council",
  ],
  /** The canaries the inertness check looks for, typed by a user. */
  hostile: Object.values(HOSTILE),
  dates: [
    "2024",
    "2025-07",
    "April 2024",
    "2024-13-45",
    "0000",
    "9999-99",
    "yesterday",
    "3 July 2025",
  ],
} as const;

/** The kinds of {@link FUZZ_PIECES}. */
export type FuzzKind = keyof typeof FUZZ_PIECES;
const KINDS = Object.keys(FUZZ_PIECES) as FuzzKind[];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("fuzz: nothing to pick from");
  return item;
}

/**
 * One generated input: usually a few pieces of random kinds joined, sometimes a string of
 * 10,000 characters (one piece repeated, or many pieces), sometimes empty or only whitespace.
 */
export function fuzzText(random: () => number, prefer?: FuzzKind): string {
  const roll = random();
  if (roll < 0.05) return pick(random, FUZZ_PIECES.space);
  if (roll < 0.1)
    return pick(random, ["a", "🙂", "@everyone ", "\u200B", "*"]).repeat(10_000).slice(0, 10_000);
  const count = roll < 0.15 ? 400 : 1 + Math.floor(random() * 6);
  let text = "";
  for (let i = 0; i < count; i++) {
    const kind = prefer && random() < 0.5 ? prefer : pick(random, KINDS);
    text += pick(random, FUZZ_PIECES[kind]) + (random() < 0.4 ? " " : "");
  }
  return text;
}
