/**
 * `find` remembered for the last texts it was asked about, at most `max` of them (then it starts
 * afresh): names, sentences and cues repeat across a corpus and a paragraph's quotes, so each is
 * worked out once while memory stays bounded.
 */
export function remembered<T>(max: number, find: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let found = known.get(text);
    if (found === undefined) {
      found = find(text);
      if (known.size >= max) known.clear();
      known.set(text, found);
    }
    return found;
  };
}
