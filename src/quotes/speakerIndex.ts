import {
  draftsOf,
  finishDirectory,
  fullNameSurname,
  surnameOnly,
  type SpeakerDraft,
} from "./buildSpeakerDirectory.js";
import type { SpeakerDirectory } from "./directoryTypes.js";
import { keyOf, type Sighting } from "./speakerSightings.js";

/** One article's sightings, as the index takes them in. */
export interface ArticleSightings {
  readonly articleId: string;
  readonly sightings: readonly Sighting[];
}

/** Where a name is first sighted: its article and the sighting's place among the article's. */
interface First {
  readonly articleId: string;
  readonly index: number;
}

/** A name's sightings in one article, and where the first stands among the article's. */
interface InArticle {
  readonly sightings: readonly Sighting[];
  readonly index: number;
}

/** What one version of the index holds; versions share every part a change did not touch. */
interface State {
  /** Each name key's sightings, article by article. */
  readonly byKey: ReadonlyMap<string, ReadonlyMap<string, InArticle>>;
  readonly first: ReadonlyMap<string, First>;
  /** Full person names by folded surname, for surnames written alone. */
  readonly fullBySurname: ReadonlyMap<string, ReadonlySet<string>>;
  /** The keys that file a group of their own (a surname alone may join a full name's). */
  readonly filed: ReadonlySet<string>;
  /** Each served article's place in corpus order. */
  readonly order: ReadonlyMap<string, number>;
}

/**
 * The speaker directory of a corpus that changes, kept so that a change regroups only the
 * names it touches: each name's sightings are filed by article, and the entries of every group
 * are kept; a change refiles its articles' sightings and works out again the groups of the
 * names they carry (with the surname-alone and full-name groups that may join them). A group's
 * entries are worked out when first wanted (see {@link prepare}, {@link directory}) and kept
 * by the versions after it until a change touches the group. The directory it gives is the one
 * `directoryFromSightings` gives for the same sightings in corpus order, ids included.
 * Immutable as a corpus version: {@link changed} returns a new one.
 */
export class SpeakerIndex {
  readonly #state: State;
  /** The entries each filed group makes, once worked out. */
  readonly #drafts: Map<string, readonly SpeakerDraft[]>;
  #directory: SpeakerDirectory | undefined;

  private constructor(state: State, drafts: Map<string, readonly SpeakerDraft[]>) {
    this.#state = state;
    this.#drafts = drafts;
  }

  /** The index of `articles`, in corpus order. */
  static of(articles: readonly ArticleSightings[]): SpeakerIndex {
    const empty: State = {
      byKey: new Map(),
      first: new Map(),
      fullBySurname: new Map(),
      filed: new Set(),
      order: new Map(),
    };
    return new SpeakerIndex(empty, new Map()).changed(
      [],
      articles,
      articles.map((a) => a.articleId),
    );
  }

  /**
   * This index with the articles `removed` taken out and `added` put in (an article changed is
   * both, by the same id); `order` lists every article served afterwards, in corpus order.
   */
  changed(
    removed: readonly ArticleSightings[],
    added: readonly ArticleSightings[],
    order: readonly string[],
  ): SpeakerIndex {
    const old = this.#state;
    const byKey = new Map(old.byKey);
    const first = new Map(old.first);
    const fullBySurname = new Map(old.fullBySurname);
    const touched = new Set<string>();
    const editable = new Map<string, Map<string, InArticle>>();
    const articlesOf = (key: string): Map<string, InArticle> => {
      let map = editable.get(key);
      if (!map) {
        map = new Map(byKey.get(key));
        editable.set(key, map);
        byKey.set(key, map);
      }
      return map;
    };
    for (const { articleId, sightings } of removed)
      for (const key of new Set(sightings.map(keyOf))) {
        articlesOf(key).delete(articleId);
        touched.add(key);
      }
    for (const { articleId, sightings } of added) {
      const own = new Map<string, { sightings: Sighting[]; index: number }>();
      sightings.forEach((s, index) => {
        const key = keyOf(s);
        const found = own.get(key);
        if (found) found.sightings.push(s);
        else own.set(key, { sightings: [s], index });
      });
      for (const [key, found] of own) {
        articlesOf(key).set(articleId, found);
        touched.add(key);
      }
    }
    const position = new Map(order.map((id, i) => [id, i]));
    // Each touched name: gone when no article is left, else its first sighting again.
    const surnames = new Set<string>();
    for (const key of touched) {
      const articles = byKey.get(key)!;
      const folded = fullNameSurname(key);
      if (folded !== null) {
        surnames.add(folded);
        const fulls = new Set(fullBySurname.get(folded));
        if (articles.size === 0) fulls.delete(key);
        else fulls.add(key);
        if (fulls.size === 0) fullBySurname.delete(folded);
        else fullBySurname.set(folded, fulls);
      }
      const alone = surnameOnly(key);
      if (alone !== null) surnames.add(alone);
      if (articles.size === 0) {
        byKey.delete(key);
        first.delete(key);
        continue;
      }
      let earliest: string | undefined;
      for (const id of articles.keys())
        if (earliest === undefined || position.get(id)! < position.get(earliest)!) earliest = id;
      first.set(key, { articleId: earliest!, index: articles.get(earliest!)!.index });
    }
    // The groups to work out again: the touched names, and the names a surname may join.
    const regroup = new Set([...touched].filter((k) => surnameOnly(k) === null));
    for (const folded of surnames) {
      for (const key of fullBySurname.get(folded) ?? []) regroup.add(key);
      regroup.add(`person:${folded}`);
    }
    const filed = new Set(old.filed);
    const drafts = new Map(this.#drafts);
    const state: State = { byKey, first, fullBySurname, filed, order: position };
    for (const key of regroup) {
      drafts.delete(key);
      if (filesGroup(state, key)) filed.add(key);
      else filed.delete(key);
    }
    return new SpeakerIndex(state, drafts);
  }

  /**
   * Works out the entries of groups not worked out yet, for about `budgetMs`; true when none is
   * left. Lets a large corpus's directory be prepared a slice at a time between other work.
   */
  prepare(budgetMs: number): boolean {
    const started = performance.now();
    for (const key of this.#state.filed) {
      if (this.#drafts.has(key)) continue;
      if (performance.now() - started > budgetMs) return false;
      this.#drafts.set(key, draftsOf(groupOf(this.#state, key)));
    }
    return true;
  }

  /** The directory, worked out on first use: groups in corpus order, then ids and order. */
  directory(): SpeakerDirectory {
    if (this.#directory) return this.#directory;
    this.prepare(Infinity);
    const { filed, first, order } = this.#state;
    const at = (key: string): [number, number] => {
      const f = first.get(key)!;
      return [order.get(f.articleId)!, f.index];
    };
    const keys = [...filed]
      .map((key) => ({ key, at: at(key) }))
      .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
    this.#directory = finishDirectory(keys.flatMap(({ key }) => this.#drafts.get(key)!));
    return this.#directory;
  }
}

/** Whether `key` files a group of its own: it has sightings and is no surname that joins. */
function filesGroup(state: State, key: string): boolean {
  if (!state.byKey.has(key)) return false;
  const alone = surnameOnly(key);
  return alone === null || state.fullBySurname.get(alone)?.size !== 1;
}

/** The sightings of the group `key` files, in corpus order, with a surname's that joins it. */
function groupOf(state: State, key: string): Sighting[] {
  const items = sightingsOf(state, key);
  const folded = fullNameSurname(key);
  if (folded === null || state.fullBySurname.get(folded)?.size !== 1) return items;
  return [...items, ...sightingsOf(state, `person:${folded}`)];
}

/** A key's sightings, article by article in corpus order. */
function sightingsOf(state: State, key: string): Sighting[] {
  const articles = state.byKey.get(key);
  if (!articles) return [];
  return [...articles]
    .sort(([a], [b]) => state.order.get(a)! - state.order.get(b)!)
    .flatMap(([, found]) => found.sightings);
}
