/**
 * `npm run bench`: retrieval quality, speed and memory, the seeds' quality set and the other
 * benches, in one run. Prints tables and writes the figures to `bench/results/`.
 *
 * Flags: `--only <part>[,<part>…]` (scale, startup, retrieval, ask, quality, tempeval, polnear, quotes,
 * timeline, burst, …; see PART_NAMES),
 * `--quick` (samples of the questions, for a run of a minute or two).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PART_NAMES, type BenchContext, type BenchPart, type PartName } from "./lib/benchPart.js";
import { RESULTS_DIR } from "./lib/benchPaths.js";
import { burstPart, polnearPart, tempevalPart, timelinePart } from "./lib/otherBenches.js";
import { askDevPart } from "./ask/askPart.js";
import { seedQualityPart } from "./lib/seedQuality.js";
import { quotesPart } from "./quotes/quotesPart.js";
import { retrievalPart } from "./retrieval/retrievalPart.js";
import { reloadPart } from "./reload/reloadPart.js";
import { scalePart } from "./scale/scalePart.js";
import { startupPart } from "./startup/startupPart.js";

const PARTS: Readonly<Record<PartName, BenchPart>> = {
  retrieval: retrievalPart,
  ask: askDevPart,
  scale: scalePart,
  startup: startupPart,
  quality: seedQualityPart,
  tempeval: tempevalPart,
  polnear: polnearPart,
  quotes: quotesPart,
  timeline: timelinePart,
  burst: burstPart,
  reload: reloadPart,
};

const { values } = parseArgs({
  options: { only: { type: "string", multiple: true }, quick: { type: "boolean", default: false } },
});
const wanted = (values.only ?? []).flatMap((o) => o.split(","));
const unknown = wanted.filter((w) => !PART_NAMES.some((p) => p === w));
if (unknown.length > 0) {
  console.error(`bench: unknown part ${unknown.join(", ")} (parts: ${PART_NAMES.join(", ")})`);
  process.exit(2);
}
const parts = PART_NAMES.filter((p) => wanted.length === 0 || wanted.includes(p));
const context: BenchContext = {
  quick: values.quick ?? false,
  log: (line) => console.error(line),
  print: (text) => console.log(text),
};

const started = performance.now();
const results: Record<string, unknown> = {};
const seconds: Record<string, number> = {};
for (const part of parts) {
  const start = performance.now();
  try {
    results[part] = await PARTS[part](context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${part}: failed: ${message}`);
    results[part] = { error: message };
  }
  seconds[part] = (performance.now() - start) / 1000;
}
const totalSeconds = (performance.now() - started) / 1000;
console.log(
  `\nbench: ${parts.map((p) => `${p} ${(seconds[p] ?? 0).toFixed(0)} s`).join(", ")}; total ${totalSeconds.toFixed(0)} s`,
);

mkdirSync(RESULTS_DIR, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/gu, "-");
const report = {
  date: new Date().toISOString(),
  node: process.version,
  quick: context.quick,
  parts,
  seconds,
  totalSeconds,
  results,
};
const json = `${JSON.stringify(report, null, 2)}\n`;
const file = path.join(RESULTS_DIR, `bench-${stamp}.json`);
writeFileSync(file, json);
// latest.json is the last complete run, the one the README's figures come from.
if (wanted.length === 0 && !context.quick)
  writeFileSync(path.join(RESULTS_DIR, "latest.json"), json);
console.log(`bench: results written to ${path.relative(process.cwd(), file)}`);
if (Object.values(results).some((r) => typeof r === "object" && r !== null && "error" in r)) {
  process.exitCode = 1;
}
