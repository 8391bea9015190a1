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

/**
 * `find` remembered for the last few texts only, compared by identity first: for work on one
 * paragraph asked again and again while its quotes are read, where a map would hash the whole
 * paragraph on every call.
 */
export function rememberedRecent<T>(find: (text: string) => T, size = 4): (text: string) => T {
  const texts: string[] = [];
  const found: T[] = [];
  let next = 0;
  return (text) => {
    for (let i = 0; i < texts.length; i++) if (texts[i] === text) return found[i] as T;
    const value = find(text);
    texts[next] = text;
    found[next] = value;
    next = (next + 1) % size;
    return value;
  };
}
