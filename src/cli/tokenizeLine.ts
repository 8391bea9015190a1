/**
 * Splits a console line into words the way a shell would for simple cases: spaces separate,
 * single or double quotes group, a backslash escapes the next character.
 */
export function tokenizeLine(line: string): string[] {
  const words: string[] = [];
  let current = "";
  let quote: string | null = null;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "\\" && i + 1 < line.length) {
      current += line[++i];
      started = true;
    } else if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      // An apostrophe inside a word ("Russia's") is a letter, not a quote.
      if (ch === "'" && started && /\p{L}/u.test(line[i + 1] ?? "")) current += ch;
      else {
        quote = ch;
        started = true;
      }
    } else if (/\s/u.test(ch)) {
      if (started) words.push(current);
      current = "";
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}
