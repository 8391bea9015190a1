import type { Article, Passage } from "../corpus/types.js";
import type { CorpusReport, Knowledge } from "./knowledge.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { TermStats } from "../search/termStats.js";
import type { ArticleSpeakers } from "../quotes/articleSpeakers.js";
import type { SpeakerDirectory } from "../quotes/directoryTypes.js";
import type { TimelineEntry } from "../timeline/types.js";

/** What a {@link Knowledge} is made of, each part already built (or built on first use). */
export interface KnowledgeParts {
  /** The articles served, in corpus order. */
  readonly articles: readonly Article[];
  /** Their passages, in corpus order, numbered by `order` from 0. */
  readonly passages: readonly Passage[];
  readonly index: PassageIndex;
  readonly stats: TermStats;
  /** Called at most once, on first use. */
  readonly timeline: () => readonly TimelineEntry[];
  /** Called at most once, on first use. */
  readonly speakers: () => SpeakerDirectory;
  /** Each article's quotes and names, when the directory was extracted from them (see `Knowledge`). */
  readonly speakersByArticle?: () => ReadonlyMap<string, ArticleSpeakers> | undefined;
  readonly report: CorpusReport;
}

/**
 * Puts the parts together as the read-only Knowledge the commands use: lookups by article and
 * paragraph, and the timeline and speakers worked out once, on first use.
 */
export function knowledgeOf(parts: KnowledgeParts): Knowledge {
  // Article → its passages by paragraph number: no key string made per passage.
  const byArticle = new Map<string, Passage[][]>();
  for (const passage of parts.passages) {
    let paragraphs = byArticle.get(passage.articleId);
    if (!paragraphs) byArticle.set(passage.articleId, (paragraphs = []));
    const list = paragraphs[passage.paragraph];
    if (list) list.push(passage);
    else paragraphs[passage.paragraph] = [passage];
  }
  const passagesOf = (articleId: string, paragraph: number): readonly Passage[] =>
    (Number.isInteger(paragraph) && paragraph >= 0
      ? byArticle.get(articleId)?.[paragraph]
      : undefined) ?? [];
  let timeline: readonly TimelineEntry[] | undefined;
  let speakers: SpeakerDirectory | undefined;
  return {
    articles: new Map(parts.articles.map((a) => [a.id, a])),
    passages: parts.passages,
    index: parts.index,
    stats: parts.stats,
    report: parts.report,
    timeline: () => (timeline ??= parts.timeline()),
    speakers: () => (speakers ??= parts.speakers()),
    speakersByArticle: () => (speakers ? parts.speakersByArticle?.() : undefined),
    paragraphPassages: passagesOf,
    passageAt(articleId, paragraph, offset) {
      const list = passagesOf(articleId, paragraph);
      return list.find((p) => offset >= p.offset && offset < p.offset + p.text.length);
    },
  };
}
