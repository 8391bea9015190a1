import { loadCorpus } from "./corpus/load.js";
import { splitPassages } from "./corpus/passages.js";
import type { Article, Passage } from "./corpus/types.js";
import type { Knowledge } from "./knowledge.js";
import { PassageIndex } from "./search/passageIndex.js";
import { TermStats } from "./search/termStats.js";

/** Reads the corpus folder and builds everything the commands need from it. */
export async function buildKnowledge(directory: string): Promise<Knowledge> {
  const loaded = await loadCorpus(directory);
  return knowledgeFromArticles(loaded.articles, {
    directory,
    cleaning: loaded.cleaning,
    problems: loaded.problems,
    warnings: loaded.warnings,
  });
}

/** Builds knowledge from articles already loaded (tests and benchmarks use this directly). */
export function knowledgeFromArticles(
  articles: readonly Article[],
  report: Omit<Knowledge["report"], "articles" | "passages">,
): Knowledge {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const passages: Passage[] = [];
  for (const article of articles) passages.push(...splitPassages(article, passages.length));
  const byParagraph = new Map<string, Passage[]>();
  for (const passage of passages) {
    const key = `${passage.articleId}#${passage.paragraph}`;
    const list = byParagraph.get(key);
    if (list) list.push(passage);
    else byParagraph.set(key, [passage]);
  }
  return {
    articles: byId,
    passages,
    index: PassageIndex.build(passages, byId),
    stats: TermStats.fromPassages(passages),
    report: { ...report, articles: articles.length, passages: passages.length },
    passageAt(articleId, paragraph, offset) {
      const list = byParagraph.get(`${articleId}#${paragraph}`) ?? [];
      return list.find((p) => offset >= p.offset && offset < p.offset + p.text.length);
    },
  };
}
