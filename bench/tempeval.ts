import { DATA_DIR } from "./lib/benchPaths.js";
import { overlaps } from "./lib/spans.js";
import { fixed } from "./lib/table.js";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findDateMentions } from "../src/timeline/findDateMentions.js";
import type { DateMention } from "../src/timeline/types.js";
import { readTimeml, type GoldTimex, type TimemlDocument } from "./lib/timeml.js";

/** One scored set of the TempEval-3 benchmark. */
export interface TempevalRow {
  readonly set: string;
  readonly role: "train" | "test (report only)";
  readonly documents: number;
  /** Gold TIMEX3 of type DATE. */
  readonly gold: number;
  /** Date mentions the finder returned (excluding those on gold non-DATE timexes, counted below). */
  readonly predicted: number;
  readonly strictP: number;
  readonly strictR: number;
  readonly strictF1: number;
  readonly relaxedP: number;
  readonly relaxedR: number;
  readonly relaxedF1: number;
  /** Share of relaxed-matched gold DATEs whose normalised value is exactly right. */
  readonly valueAccuracy: number;
  /** Value F1: a hit needs an overlapping span and the exact value. */
  readonly valueF1: number;
}

/** TempEval-3 lives next to the repository, in the shared data folder. */
export const TEMPEVAL_DIR = path.join(DATA_DIR, "tempeval3");

const SETS = [
  { set: "TimeBank", dir: "TBAQ-cleaned/TimeBank", role: "train" },
  { set: "AQUAINT", dir: "TBAQ-cleaned/AQUAINT", role: "train" },
  { set: "platinum", dir: "te3-platinum-normalized", role: "test (report only)" },
] as const;

/**
 * Scores the timeline's date finder on TempEval-3 TIMEX3 of type DATE, each document anchored
 * at its creation time. Returns null (after saying why) when the data is not there.
 */
export function runTempeval(
  dir = TEMPEVAL_DIR,
  log: (line: string) => void = () => {},
): TempevalRow[] | null {
  if (!existsSync(dir)) {
    log(`tempeval: skipped, no data at ${dir}`);
    return null;
  }
  return SETS.map(({ set, dir: sub, role }) => {
    const folder = path.join(dir, sub);
    const docs = readdirSync(folder)
      .filter((f) => f.endsWith(".tml"))
      .sort()
      .map((f) => readTimeml(path.join(folder, f)));
    return { set, role, documents: docs.length, ...score(docs) };
  });
}

/**
 * Strict = same span; relaxed = overlapping spans (TempEval-3's definitions). A mention on a gold
 * TIME, DURATION or SET timex counts as a false positive: the finder called it a date.
 */
function score(docs: readonly TimemlDocument[]) {
  let gold = 0,
    predicted = 0,
    strict = 0,
    relaxedGold = 0,
    relaxedPred = 0,
    valueHits = 0;
  for (const doc of docs) {
    const dates = doc.timexes.filter((t) => t.type === "DATE");
    const found: DateMention[] = findDateMentions(doc.text, doc.dct).filter(
      (m) => m.kind === "date",
    );
    gold += dates.length;
    predicted += found.length;
    strict += found.filter((m) => dates.some((g) => g.start === m.start && g.end === m.end)).length;
    relaxedPred += found.filter((m) => dates.some((g) => overlaps(g, m))).length;
    for (const g of dates) {
      const hit = found.find((m) => overlaps(g, m));
      if (!hit) continue;
      relaxedGold++;
      if (sameValue(hit.value, g)) valueHits++;
    }
  }
  const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const strictP = strict / Math.max(predicted, 1),
    strictR = strict / Math.max(gold, 1);
  const relaxedP = relaxedPred / Math.max(predicted, 1),
    relaxedR = relaxedGold / Math.max(gold, 1);
  const valueP = valueHits / Math.max(predicted, 1),
    valueR = valueHits / Math.max(gold, 1);
  return {
    gold,
    predicted,
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1: f1(relaxedP, relaxedR),
    valueAccuracy: valueHits / Math.max(relaxedGold, 1),
    valueF1: f1(valueP, valueR),
  };
}

/** TIMEX3 writes some weeks loosely ("2000-W7"); compare them in a canonical form. */
function sameValue(found: string, gold: GoldTimex): boolean {
  const canon = (v: string): string => v.replace(/-W(\d)(?=$|-)/u, "-W0$1");
  return canon(found) === canon(gold.value);
}

/** Prints the rows as one table (for `npx tsx bench/tempeval.ts`). */
export function formatTempeval(rows: readonly TempevalRow[]): string {
  const three = fixed(3);
  const lines = [
    "set        role               docs  gold  pred  strictP strictR strictF1 relaxP relaxR relaxF1 valueAcc valueF1",
  ];
  for (const r of rows) {
    lines.push(
      `${r.set.padEnd(10)} ${r.role.padEnd(18)} ${String(r.documents).padStart(4)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)}  ${three(r.strictP)}   ${three(r.strictR)}   ${three(r.strictF1)}  ${three(r.relaxedP)}  ${three(r.relaxedR)}  ${three(r.relaxedF1)}   ${three(r.valueAccuracy)}   ${three(r.valueF1)}`,
    );
  }
  lines.push(
    "anchor (HeidelTime, TempEval-3, all types): relaxed F1 0.907, strict F1 0.818; target on platinum DATE: relaxed F1 >= 0.90, value accuracy >= 0.80",
  );
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = runTempeval(TEMPEVAL_DIR, (line) => console.log(line));
  if (rows) console.log(formatTempeval(rows));
}
