import type { QuoteMention } from "../../src/quotes/types.js";
import type { DevArticle, GoldQuote } from "./devSet.js";
import { finds, matchText, sameSpeaker } from "./quoteOverlap.js";
import type { MatchText } from "./quoteOverlap.js";

/** Why a gold quote did not come back for its speaker, or why a quote came back wrongly. */
export type MissCause =
  "no quote found" | "speaker unclear" | "given to someone else" | "name does not reach the entry";
export type WrongCause = "given to someone else" | "entry mixes people" | "slogan taken as a quote";

/**
 * What `/quote <name>` gave back: each quote with the articles its citations point to; none
 * for a menu of candidates, an unquoted or unknown name.
 */
export type QueryAnswer = readonly {
  readonly text: string;
  readonly articleIds: readonly string[];
}[];

/** The scores of one half (or all) of the dev set. */
export interface QuoteScores {
  readonly articles: number;
  readonly gold: number;
  readonly extracted: number;
  readonly extractionPrecision: number;
  readonly extractionRecall: number;
  /** Found quotes (kind not unknown) whose extracted speaker is right. */
  readonly speakerAccuracy: number;
  readonly people: number;
  /** Query-level: summed over people with two quotes or more. */
  readonly queryGold: number;
  readonly queryReturned: number;
  readonly queryPrecision: number;
  readonly queryRecall: number;
  readonly missed: Readonly<Record<MissCause, number>>;
  readonly wrong: Readonly<Record<WrongCause, number>>;
  /** Every misattributed or missed quote, for reading. */
  readonly details: readonly string[];
}

interface ReadGold extends GoldQuote {
  readonly m: MatchText;
}

const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}…` : s);

/**
 * Scores extraction, speaker accuracy and the query-level check of the dev set's README over
 * `articles`. `mentions` are the extracted quotes by article id; `ask` is `/quote`'s lookup for
 * a canonical name. People are those with two quotes or more over the whole set (`people`).
 */
export function scoreQuotes(
  articles: readonly DevArticle[],
  mentions: ReadonlyMap<string, readonly QuoteMention[]>,
  people: readonly string[],
  ask: (name: string) => QueryAnswer,
): QuoteScores {
  const details: string[] = [];
  const golds = new Map<string, ReadGold[]>();
  for (const a of articles)
    golds.set(
      a.articleId,
      a.quotes.map((q) => ({ ...q, m: matchText(q.text) })),
    );
  let gold = 0;
  let extracted = 0;
  let extractedRight = 0;
  let found = 0;
  let judged = 0;
  let speakerRight = 0;
  const wrong: Record<WrongCause, number> = {
    "given to someone else": 0,
    "entry mixes people": 0,
    "slogan taken as a quote": 0,
  };
  // For each gold quote: the extracted quote that finds it (the first), if any.
  const foundBy = new Map<ReadGold, QuoteMention>();
  for (const a of articles) {
    const gs = golds.get(a.articleId) ?? [];
    const ms = (mentions.get(a.articleId) ?? []).map((q) => ({ q, m: matchText(q.text) }));
    gold += gs.length;
    for (const { q, m } of ms) {
      if (!/\s/u.test(q.text.trim())) continue;
      extracted++;
      if (gs.some((g) => finds(m, g.m))) extractedRight++;
      else {
        wrong["slogan taken as a quote"]++;
        details.push(`not a quote  ${a.articleId}  "${short(q.text)}" → ${q.speaker ?? "unclear"}`);
      }
    }
    for (const g of gs) {
      const by = ms.find(({ m }) => finds(m, g.m));
      if (!by) continue;
      found++;
      foundBy.set(g, by.q);
      if (g.kind === "unknown") continue;
      judged++;
      const right =
        g.kind === "role"
          ? by.q.speaker === null || sameSpeaker(by.q.speaker, g)
          : sameSpeaker(by.q.speaker, g);
      if (right) speakerRight++;
    }
  }
  const missed: Record<MissCause, number> = {
    "no quote found": 0,
    "speaker unclear": 0,
    "given to someone else": 0,
    "name does not reach the entry": 0,
  };
  let queryGold = 0;
  let queryReturned = 0;
  let queryRight = 0;
  let queryFound = 0;
  let asked = 0;
  for (const person of people) {
    const own = [...golds.values()]
      .flat()
      .filter((g) => g.kind === "person" && g.speaker === person);
    if (own.length === 0) continue;
    asked++;
    queryGold += own.length;
    const returned = ask(person).flatMap((q) =>
      q.articleIds.map((articleId) => ({ articleId, text: q.text, m: matchText(q.text) })),
    );
    for (const r of returned) {
      const gs = golds.get(r.articleId);
      if (!gs) continue; // another article: not judged
      const hits = gs.filter((g) => finds(r.m, g.m));
      if (hits.length === 0) continue; // a span the gold leaves out: not judged
      queryReturned++;
      if (hits.some((g) => g.speaker === person)) {
        queryRight++;
        continue;
      }
      const by = hits.map((g) => foundBy.get(g)).find((q) => q !== undefined);
      const cause: WrongCause =
        by && hits.some((g) => sameSpeaker(by.speaker, g))
          ? "entry mixes people"
          : "given to someone else";
      wrong[cause]++;
      details.push(
        `wrong (${cause})  ${r.articleId}  "${short(r.text)}" asked ${person}, gold ${hits[0]?.speaker ?? "unclear"}`,
      );
    }
    for (const g of own) {
      if (returned.some((r) => r.articleId === g.articleId && finds(r.m, g.m))) {
        queryFound++;
        continue;
      }
      const by = foundBy.get(g);
      const cause: MissCause = !by
        ? "no quote found"
        : by.speaker === null
          ? "speaker unclear"
          : sameSpeaker(by.speaker, g)
            ? "name does not reach the entry"
            : "given to someone else";
      missed[cause]++;
      details.push(
        `missed (${cause})  ${g.articleId}  "${short(g.text)}" ${person}${by ? ` → ${by.speaker ?? "unclear"}` : ""}`,
      );
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    articles: articles.length,
    gold,
    extracted,
    extractionPrecision: ratio(extractedRight, extracted),
    extractionRecall: ratio(found, gold),
    speakerAccuracy: ratio(speakerRight, judged),
    people: asked,
    queryGold,
    queryReturned,
    queryPrecision: ratio(queryRight, queryReturned),
    queryRecall: ratio(queryFound, queryGold),
    missed,
    wrong,
    details,
  };
}

/** The people the query-level check asks for: two quotes or more over the whole set. */
export function queriedPeople(articles: readonly DevArticle[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const q of a.quotes)
      if (q.kind === "person" && q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).map(([name]) => name);
}
