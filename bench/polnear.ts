import { DATA_DIR } from "./lib/benchPaths.js";
import { overlaps } from "./lib/spans.js";
import { formatTable, percent } from "./lib/table.js";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractQuotes } from "../src/quotes/extractQuotes.js";
import type { QuoteMention } from "../src/quotes/types.js";
import { polnearArticle, readPolnear } from "./lib/polnearData.js";
import type { PolnearAttribution, PolnearDocument, PolnearSpan } from "./lib/polnearData.js";

/** One split of the PolNeAR quote benchmark. */
export interface PolnearRow {
  readonly split: "train" | "dev" | "test (report only)";
  /** Annotation files scored (an article annotated twice counts twice). */
  readonly documents: number;
  /** Attributions whose content has quotation marks. */
  readonly gold: number;
  readonly predicted: number;
  /** Share of predicted quotes overlapping some annotated attribution content. */
  readonly precision: number;
  /** Share of gold quoted attributions overlapping some predicted quote. */
  readonly recall: number;
  readonly f1: number;
  /** Of found gold quotes that have a source span: the speaker we attribute overlaps it. */
  readonly speakerAccuracy: number;
  /** Gold quotes with a source both found and attributed to it, over all gold quotes with a source. */
  readonly speakerEndToEnd: number;
}

/** PolNeAR lives next to the repository, in the shared data folder. */
export const POLNEAR_DIR = path.join(DATA_DIR, "polnear");

interface Predicted {
  readonly quote: PolnearSpan;
  readonly speaker: { start: number; end: number } | null;
  readonly mention: QuoteMention;
}

function overlapLength(
  a: { start: number; end: number },
  b: { start: number; end: number },
): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The quotes extracted from one document, with spans mapped back to its raw text. */
export function predictQuotes(doc: PolnearDocument): Predicted[] {
  const { article, offsets } = polnearArticle(doc);
  return extractQuotes(article).map((m) => {
    const start = (offsets[m.paragraph - 1] ?? 0) + m.quoteStart;
    const end = (offsets[m.endParagraph - 1] ?? 0) + m.quoteEnd;
    const s = m.speakerAt;
    const speaker = s
      ? {
          start: (offsets[s.paragraph - 1] ?? 0) + s.start,
          end: (offsets[s.paragraph - 1] ?? 0) + s.end,
        }
      : null;
    return { quote: { start, end, text: doc.text.slice(start, end) }, speaker, mention: m };
  });
}

interface Tally {
  documents: number;
  gold: number;
  predicted: number;
  correctPredicted: number;
  found: number;
  withSource: number;
  foundWithSource: number;
  speakerRight: number;
}

/** Scores one document into `t`; calls `onMiss` with what went wrong, for error analysis. */
function scoreDocument(
  doc: PolnearDocument,
  t: Tally,
  onMiss?: (kind: string, detail: string) => void,
): void {
  const predicted = predictQuotes(doc);
  const quoted = doc.attributions.filter((a) => a.content_has_quote_marks && a.content.length > 0);
  const contents = doc.attributions.flatMap((a) => a.content);
  t.documents++;
  t.gold += quoted.length;
  t.predicted += predicted.length;
  for (const p of predicted) {
    if (contents.some((c) => overlaps(c, p.quote))) t.correctPredicted++;
    else
      onMiss?.(
        "false quote",
        `${p.quote.text.slice(0, 120)} || ${p.mention.context.slice(0, 200)}`,
      );
  }
  for (const g of quoted) {
    const best = bestPrediction(g, predicted);
    const hasSource = g.source.length > 0;
    if (hasSource) t.withSource++;
    if (!best) {
      const first = g.content[0];
      const around = first
        ? doc.text.slice(Math.max(0, first.start - 150), first.end + 60).replace(/\n/g, " ¶ ")
        : "";
      onMiss?.(
        "missed quote",
        `cue=${g.cue.map((c) => c.text).join(" ")} source=${g.source.map((s) => s.text).join(" ")} || ${around}`,
      );
      continue;
    }
    t.found++;
    if (!hasSource) continue;
    t.foundWithSource++;
    if (best.speaker && g.source.some((s) => best.speaker && overlaps(s, best.speaker)))
      t.speakerRight++;
    else
      onMiss?.(
        "wrong speaker",
        `gold=${g.source.map((s) => s.text).join(" ")} ours=${best.mention.speakerSurface} [${best.mention.attributedBy}] || ${best.mention.context.slice(0, 200)}`,
      );
  }
}

function bestPrediction(
  g: PolnearAttribution,
  predicted: readonly Predicted[],
): Predicted | undefined {
  let best: Predicted | undefined;
  let bestLength = 0;
  for (const p of predicted) {
    const length = g.content.reduce((sum, c) => sum + overlapLength(c, p.quote), 0);
    if (length > bestLength) [best, bestLength] = [p, length];
  }
  return best;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/**
 * Scores quote extraction and speaker attribution on PolNeAR, one row per split. Returns null
 * when the data folder is absent. Tune on train and dev only; the test row is for reporting.
 */
export function polnearRows(
  dir = POLNEAR_DIR,
  onMiss?: (split: string, kind: string, detail: string) => void,
): PolnearRow[] | null {
  const docs = readPolnear(path.join(dir, "polnear-attributions.jsonl.gz"));
  if (!docs) return null;
  const splits = [
    ["train", "train"],
    ["dev", "dev"],
    ["test", "test (report only)"],
  ] as const;
  return splits.map(([compartment, split]) => {
    const t: Tally = {
      documents: 0,
      gold: 0,
      predicted: 0,
      correctPredicted: 0,
      found: 0,
      withSource: 0,
      foundWithSource: 0,
      speakerRight: 0,
    };
    for (const doc of docs.filter((d) => d.compartment === compartment)) {
      scoreDocument(
        doc,
        t,
        onMiss && compartment !== "test"
          ? (kind, detail) => onMiss(compartment, kind, detail)
          : undefined,
      );
    }
    const precision = ratio(t.correctPredicted, t.predicted);
    const recall = ratio(t.found, t.gold);
    return {
      split,
      documents: t.documents,
      gold: t.gold,
      predicted: t.predicted,
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
      speakerAccuracy: ratio(t.speakerRight, t.foundWithSource),
      speakerEndToEnd: ratio(t.speakerRight, t.withSource),
    };
  });
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `--errors dev` (or train) prints the misses of that split, for error analysis.
  const errorsIndex = process.argv.indexOf("--errors");
  const errorSplit = errorsIndex >= 0 ? process.argv[errorsIndex + 1] : undefined;
  const rows = polnearRows(
    POLNEAR_DIR,
    errorSplit
      ? (split, kind, detail) => split === errorSplit && console.log(`${kind}: ${detail}`)
      : undefined,
  );
  if (!rows) console.log(`polnear: skipped, no data at ${POLNEAR_DIR}`);
  else {
    console.log(formatPolnear(rows));
    console.log(
      "Anchors: Gender Gap Tracker extraction F1 83.7%, speaker accuracy 86%; citron speaker P 92.9%, F1 82.0%. Targets (test): F1 ≥ 85%, speaker ≥ 90%.",
    );
  }
}

/** The PolNeAR rows as one table. */
export function formatPolnear(rows: readonly PolnearRow[]): string {
  return formatTable(
    [
      { header: "split", cell: (r: PolnearRow) => r.split },
      { header: "docs", cell: (r) => r.documents },
      { header: "gold quotes", cell: (r) => r.gold },
      { header: "predicted", cell: (r) => r.predicted },
      { header: "P", cell: (r) => percent(r.precision), align: "right" },
      { header: "R", cell: (r) => percent(r.recall), align: "right" },
      { header: "F1", cell: (r) => percent(r.f1), align: "right" },
      { header: "speaker acc.", cell: (r) => percent(r.speakerAccuracy), align: "right" },
      { header: "speaker end-to-end", cell: (r) => percent(r.speakerEndToEnd), align: "right" },
    ],
    rows,
    "\nPolNeAR quotes (bench/polnear.ts)",
  );
}
