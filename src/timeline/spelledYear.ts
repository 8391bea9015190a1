/** Number words, for years as they are read out. */
const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** "nineteen ninety-six" → "1996", "the year two thousand" → "2000": as read out on air. */
export function spelledYear(words: string): string | null {
  const w = words
    .toLowerCase()
    .replace(/^the year\s+/u, "")
    .split(/[\s-]+/u);
  if (w[0] === "two" && w[1] === "thousand") {
    const rest = w.slice(2).filter((x) => x !== "and");
    return String(2000 + (rest.length ? UNITS.indexOf(rest[0] ?? "") : 0));
  }
  const century = TEENS.indexOf(w[0] ?? "") + 10;
  const tens = TENS.indexOf(w[1] ?? "");
  if (century < 10 || tens < 2) return null;
  const units = w[2] ? UNITS.indexOf(w[2]) : 0;
  return units < 0 ? null : String(century * 100 + tens * 10 + units);
}
