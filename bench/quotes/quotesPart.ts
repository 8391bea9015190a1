import { existsSync } from "node:fs";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { quote } from "../../src/quotes/quote.js";
import type { QuoteMention } from "../../src/quotes/types.js";
import type { BenchContext } from "../lib/benchPart.js";
import { BBC_FILE } from "../lib/benchPaths.js";
import { formatTable } from "../lib/table.js";
import { bbcKnowledge } from "../lib/bbcKnowledge.js";
import { QUOTES_DEV_FILE, readQuotesDev } from "./devSet.js";
import { queriedPeople, scoreQuotes } from "./scoreQuotes.js";
import type { QueryAnswer, QuoteScores } from "./scoreQuotes.js";
import { timeLongArticles } from "./longArticle.js";
import { timeDirectory } from "./directoryTiming.js";

const f3 = (x: number) => x.toFixed(3);

/** The dev scores, one row per half and one for all, as a table. */
export function formatQuoteScores(rows: readonly (QuoteScores & { half: string })[]): string {
  const main = formatTable(
    [
      { header: "half", cell: (r) => r.half },
      { header: "articles", cell: (r) => r.articles },
      { header: "gold", cell: (r) => r.gold },
      { header: "extr. P", cell: (r) => f3(r.extractionPrecision) },
      { header: "extr. R", cell: (r) => f3(r.extractionRecall) },
      { header: "speaker acc.", cell: (r) => f3(r.speakerAccuracy) },
      { header: "people", cell: (r) => r.people },
      { header: "attribution P", cell: (r) => f3(r.queryPrecision) },
      { header: "attribution R", cell: (r) => f3(r.queryRecall) },
    ],
    rows,
  );
  const causes = formatTable(
    [
      { header: "half", cell: (r) => r.half },
      { header: "missed: no quote found", cell: (r) => r.missed["no quote found"] },
      { header: "speaker unclear", cell: (r) => r.missed["speaker unclear"] },
      { header: "given to someone else", cell: (r) => r.missed["given to someone else"] },
      { header: "name misses entry", cell: (r) => r.missed["name does not reach the entry"] },
      { header: "wrong: someone else's", cell: (r) => r.wrong["given to someone else"] },
      { header: "entry mixes people", cell: (r) => r.wrong["entry mixes people"] },
      { header: "slogans (extraction)", cell: (r) => r.wrong["slogan taken as a quote"] },
    ],
    rows,
  );
  return `${main}\n\nErrors by cause (quotes; attribution = asking each person by name)\n${causes}`;
}

/**
 * BBC quotes dev set (`../shared/data/bbc-news/quotes`): extraction, speaker accuracy and the
 * query-level check over the whole BBC corpus, on both halves; then the time to extract a long
 * article and to build the speaker directory at BBC size.
 */
export async function quotesPart(ctx: BenchContext): Promise<unknown> {
  const scores = devScores(ctx);
  if (!scores) return null;
  const { rows, articles } = scores;
  const directory = await timeDirectory();
  const s2 = (x: number) => x.toFixed(2);
  ctx.print(
    `\nSpeaker directory at BBC size (${articles} articles), cold, one thread, in a fresh process: ` +
      `${s2(directory.directory)} s clock after a build of ${s2(directory.build)} s; CPU: main ` +
      `thread ${directory.mainThreadCpu === null ? "?" : s2(directory.mainThreadCpu)} s, process ` +
      `${s2(directory.processCpu)} s`,
  );
  const b = directory.breakdown;
  ctx.print(
    `  where it goes (main-thread CPU, another fresh process): cold, extracting the first half of the ` +
      `articles ${s2(b.firstHalf)} s, the second half ${s2(b.secondHalf)} s, grouping ${s2(b.grouping)} s; ` +
      `warm (the same again): extracting ${s2(b.warmExtraction)} s, grouping ${s2(b.warmGrouping)} s`,
  );
  // 1 MB and 4 MB articles; a quick run times the 1 MB one only.
  const long = await timeLongArticles(ctx.quick ? [1e6] : [1e6, 4e6], ctx.quick ? 20 : 60);
  ctx.print(
    `Quote extraction of one long article (clock / CPU): ` +
      long
        .map(
          (l) =>
            `${(l.bytes / 1e6).toFixed(0)} MB article ${l.seconds === null ? "did not finish in 60 s" : `${l.seconds.toFixed(2)} / ${(l.cpuSeconds ?? 0).toFixed(2)} s`}`,
        )
        .join(", "),
  );
  return {
    rows: rows.map(({ details, ...r }) => ({ ...r, details: r.half === "all" ? details : [] })),
    directory,
    long,
  };
}

/** The dev set scored on both halves and in all. */
export function devScores(ctx: BenchContext): {
  rows: (QuoteScores & { half: string })[];
  articles: number;
} | null {
  const dev = readQuotesDev();
  if (!dev || !existsSync(BBC_FILE)) {
    ctx.log(`quotes: skipped, no data at ${existsSync(BBC_FILE) ? QUOTES_DEV_FILE : BBC_FILE}`);
    return null;
  }
  const { articles, knowledge } = bbcKnowledge();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const mentions = new Map<string, QuoteMention[]>();
  for (const a of dev) {
    const article = byId.get(a.articleId);
    if (!article) throw new Error(`quotes: dev article ${a.articleId} is not in the BBC corpus`);
    mentions.set(a.articleId, extractQuotes(article));
  }
  const people = queriedPeople(dev);
  // The same lookup `/quote` answers with; a menu of candidates returns no quotes.
  const ask = (name: string): QueryAnswer => {
    const result = quote(knowledge, name);
    if (result.kind !== "match") return [];
    const articleOf = new Map(result.citations.map((c) => [c.n, c.articleId]));
    return result.quotes.map((q) => ({
      text: q.text,
      articleIds: [...new Set(q.citations.flatMap((n) => articleOf.get(n) ?? []))],
    }));
  };
  const rows: (QuoteScores & { half: string })[] = (["tune", "check"] as const).map((half) => ({
    half,
    ...scoreQuotes(
      dev.filter((a) => a.half === half),
      mentions,
      people,
      ask,
    ),
  }));
  rows.push({ half: "all", ...scoreQuotes(dev, mentions, people, ask) });
  ctx.print(`\nBBC quotes dev set (bench/quotes)\n${formatQuoteScores(rows)}`);
  for (const line of rows[2]?.details ?? []) ctx.log(`  ${line}`);
  return { rows, articles: articles.length };
}
