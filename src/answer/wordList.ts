/** Words joined as a reader lists them: "a", "a or b", "a, b or c" (or "and"). */
export const wordList = (words: readonly string[], conjunction = "or"): string =>
  words.length <= 1
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} ${conjunction} ${words.at(-1)!}`;
