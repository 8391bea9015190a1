import { existsSync, readFileSync } from "node:fs";

/** A SQuAD paragraph: one retrieval document. */
export interface SquadParagraph {
  /** Position among all paragraphs of the file (0-based): the document id. */
  readonly index: number;
  /** Position of its Wikipedia article in the file (0-based). */
  readonly article: number;
  /** The article title, underscores read as spaces. */
  readonly title: string;
  readonly context: string;
}

/** A SQuAD question: one query, whose gold document is the paragraph it was asked on. */
export interface SquadQuestion {
  readonly id: string;
  readonly question: string;
  readonly answers: readonly string[];
  /** Index of the gold paragraph. */
  readonly paragraph: number;
  readonly article: number;
}

/** The paragraphs and questions of a SQuAD v1.1 file. */
export interface Squad {
  readonly articles: number;
  readonly paragraphs: readonly SquadParagraph[];
  readonly questions: readonly SquadQuestion[];
}

interface RawSquad {
  readonly data: readonly {
    readonly title: string;
    readonly paragraphs: readonly {
      readonly context: string;
      readonly qas: readonly {
        readonly id: string;
        readonly question: string;
        readonly answers: readonly { readonly text: string }[];
      }[];
    }[];
  }[];
}

/** Reads a SQuAD v1.1 JSON file, or returns null when it is absent. */
export function readSquad(file: string): Squad | null {
  if (!existsSync(file)) return null;
  const raw = JSON.parse(readFileSync(file, "utf8")) as RawSquad;
  const paragraphs: SquadParagraph[] = [];
  const questions: SquadQuestion[] = [];
  raw.data.forEach((entry, article) => {
    const title = entry.title.replace(/_/gu, " ");
    for (const p of entry.paragraphs) {
      const index = paragraphs.length;
      paragraphs.push({ index, article, title, context: p.context });
      for (const qa of p.qas) {
        const answers = qa.answers.map((a) => a.text);
        questions.push({ id: qa.id, question: qa.question, answers, paragraph: index, article });
      }
    }
  });
  return { articles: raw.data.length, paragraphs, questions };
}

/** Articles of the tuning half: the first 24 of the file. The rest are held out. */
export const TUNE_ARTICLES = 24;

/** A named subset of the questions. */
export interface Slice {
  readonly name: "tune" | "held-out" | "all";
  readonly includes: (q: SquadQuestion) => boolean;
}

/** The three slices every SQuAD figure is reported on; the index always holds every paragraph. */
export const SLICES: readonly Slice[] = [
  { name: "tune", includes: (q) => q.article < TUNE_ARTICLES },
  { name: "held-out", includes: (q) => q.article >= TUNE_ARTICLES },
  { name: "all", includes: () => true },
];

/**
 * A fixed, evenly spread sample of `size` questions (every k-th), so runs compare like with
 * like without a random seed.
 */
export function sampleQuestions(
  questions: readonly SquadQuestion[],
  size: number,
): SquadQuestion[] {
  if (size >= questions.length) return [...questions];
  const step = questions.length / size;
  return Array.from({ length: size }, (_, i) => questions[Math.floor(i * step)]!);
}
