import type { Article, Sentence } from "../../../src/corpus/types.js";
import type { Knowledge } from "../../../src/knowledge/knowledge.js";
import { eventTerms } from "../../../src/timeline/eventTerms.js";
import { pieces, textKey, type Claim, type ClaimSet, type CiteRef } from "./claims.js";

/** The text a citation points to, and its sentences. */
interface Holder {
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

/**
 * What is wrong with a result's claims, judged against the knowledge alone (never against the
 * core's own bookkeeping): each citation must point to a real passage (or, where only a title
 * and paragraph are shown, a real paragraph), and that text must hold what is cited to it.
 *
 * - a sentence, or a passage shown: its text (every piece between "…" marks, in order);
 * - a quote: its opening words, which may run on past the end of the passage;
 * - an event: at least one citation holds its text; each other citation holds the text or a
 *   sentence reporting the same event (sharing its content words), as a merged event does;
 * - a mention: a word of the name.
 *
 * Listed citations must be numbered 1…n in order, and each must be cited.
 */
export function claimProblems(set: ClaimSet, knowledge: Knowledge): string[] {
  const problems = [...set.problems];
  for (const claim of set.claims) problems.push(...checkClaim(claim, knowledge));
  if (set.listed) {
    set.listed.forEach((c, i) => {
      if (c.n !== i + 1) problems.push(`citation listed ${i + 1}th is numbered [${c.n}]`);
    });
    const cited = new Set(set.claims.flatMap((c) => c.cites.map((x) => x.n)));
    for (const c of set.listed)
      if (!cited.has(c.n)) problems.push(`citation [${c.n}] is listed but nothing cites it`);
  }
  return problems;
}

function checkClaim(claim: Claim, knowledge: Knowledge): string[] {
  const label = `${claim.where} “${claim.text.slice(0, 80)}”`;
  if (claim.cites.length === 0) return [`${label}: cites nothing`];
  const problems: string[] = [];
  const holders: Array<Holder | undefined> = claim.cites.map((cite) => {
    const found = holderOf(cite, knowledge);
    if (typeof found === "string") problems.push(`${label} [${cite.n}]: ${found}`);
    return typeof found === "string" ? undefined : found;
  });
  if (problems.length > 0) return problems;
  const held = holders.map((h) => h !== undefined && holds(claim, h));
  if (claim.kind === "event") {
    // A merged event is shown with one report's text; the others report it in their own words.
    const reported = holders.map((h, i) => held[i] || (h !== undefined && reports(claim.text, h)));
    if (!held.some(Boolean)) problems.push(`${label}: no cited passage holds the event's text`);
    reported.forEach((ok, i) => {
      if (!ok) problems.push(`${label}: [${claim.cites[i]?.n}] does not report the event`);
    });
    return problems;
  }
  held.forEach((ok, i) => {
    if (!ok) problems.push(`${label}: [${claim.cites[i]?.n}] does not hold it`);
  });
  return problems;
}

/** The passage (or paragraph) a citation points to, or why there is none. */
function holderOf(cite: CiteRef, knowledge: Knowledge): Holder | string {
  const articles = articlesOf(cite, knowledge);
  if (articles.length === 0) return `no article ${cite.articleId ?? `titled “${cite.title}”`}`;
  for (const article of articles) {
    const paragraph = article.paragraphs.find((p) => p.number === cite.paragraph);
    if (!paragraph) continue;
    // A citation shows its passage, or the whole paragraph when it cites several of its passages.
    if (cite.passage === undefined || cite.passage === paragraph.text) return paragraph;
    const passage = knowledge
      .paragraphPassages(article.id, cite.paragraph)
      .find((p) => p.text === cite.passage);
    if (passage) return passage;
    return `the passage shown is not a passage of ${article.id} paragraph ${cite.paragraph}`;
  }
  return `no paragraph ${cite.paragraph} in ${articles.map((a) => a.id).join(", ")}`;
}

/** The articles a citation can mean: by id, or by its (possibly cut) title. */
function articlesOf(cite: CiteRef, knowledge: Knowledge): Article[] {
  if (cite.articleId !== undefined) {
    const article = knowledge.articles.get(cite.articleId);
    return article ? [article] : [];
  }
  const shown = pieces(cite.title ?? "")[0] ?? "";
  return [...knowledge.articles.values()].filter((a) => textKey(a.title).trim().startsWith(shown));
}

function holds(claim: Claim, holder: Holder): boolean {
  const key = textKey(holder.text);
  switch (claim.kind) {
    case "quote":
      return opensIn(pieces(claim.text)[0] ?? "", key);
    case "mention":
      return textKey(claim.text)
        .trim()
        .split(" ")
        .some((word) => /\p{L}{2}/u.test(word) && key.includes(` ${word} `));
    default:
      return inOrder(pieces(claim.text), key);
  }
}

/** Every piece found in `key`, each after the one before. */
export function inOrder(found: readonly string[], key: string): boolean {
  if (found.length === 0) return false;
  let at = 0;
  for (const piece of found) {
    const i = key.indexOf(piece, at);
    if (i < 0) return false;
    at = i + piece.length;
  }
  return true;
}

/**
 * The quote's words are the passage's, in order, from some point on: gaps of a few words are
 * allowed (an interrupted quote, `"But," he added, "it's …"`, is shown joined), and the quote may
 * run on past the end of the passage, once at least its first words are in it.
 */
function opensIn(quote: string, passage: string): boolean {
  const q = quote.split(" ").filter(Boolean);
  const p = passage.split(" ").filter(Boolean);
  if (q.length === 0) return false;
  for (let start = 0; start < p.length; start++) {
    if (p[start] !== q[0]) continue;
    let qi = 1;
    let gap = 0;
    for (let pi = start + 1; pi < p.length && qi < q.length && gap <= MAX_GAP; pi++) {
      if (p[pi] === q[qi]) {
        qi++;
        gap = 0;
      } else gap++;
    }
    if (qi === q.length || (gap <= MAX_GAP && qi >= Math.min(q.length, 3))) return true;
  }
  return false;
}

/** Words of the writer's own an interrupted quote may skip ("he added", "said Mr Smith"). */
const MAX_GAP = 6;

/** A sentence of the holder shares at least two content-word families with the event. */
function reports(text: string, holder: Holder): boolean {
  const wanted = new Set(eventTerms(text.replace(/…/gu, " ")));
  const needed = Math.min(2, wanted.size);
  return holder.sentences.some(
    (s) => eventTerms(s.text).filter((t) => wanted.has(t)).length >= needed,
  );
}
