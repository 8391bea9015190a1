import type { BenchContext } from "./benchPart.js";

/**
 * The other engineers' benches, called through their exported functions. Each is imported
 * lazily so that one that is absent or broken is reported and the rest of the run goes on.
 */
export async function tempevalPart(ctx: BenchContext): Promise<unknown> {
  const { formatTempeval, runTempeval } = await import("../tempeval.js");
  const rows = runTempeval(undefined, ctx.log);
  if (rows) ctx.print(`\nTempEval-3 dates (bench/tempeval.ts)\n${formatTempeval(rows)}`);
  return rows;
}

/** PolNeAR quote extraction and attribution (`bench/polnear.ts`). */
export async function polnearPart(ctx: BenchContext): Promise<unknown> {
  const { POLNEAR_DIR, formatPolnear, polnearRows } = await import("../polnear.js");
  const rows = polnearRows(POLNEAR_DIR);
  if (!rows) {
    ctx.log(`polnear: skipped, no data at ${POLNEAR_DIR}`);
    return null;
  }
  ctx.print(formatPolnear(rows));
  return rows;
}

/**
 * The timeline over BBC News: whether each citation reports its event, over a dozen story
 * topics (`bench/timelineCitations.ts`), and extraction throughput (`bench/timelineThroughput.ts`).
 */
export async function timelinePart(ctx: BenchContext): Promise<unknown> {
  const { formatTimelineCitations, runTimelineCitations } = await import("../timelineCitations.js");
  const citations = runTimelineCitations(undefined, ctx.log);
  if (citations) {
    ctx.print(
      `\nTimeline citations over BBC topics (bench/timelineCitations.ts)\n${formatTimelineCitations(citations)}`,
    );
  }
  const { formatTimelineThroughput, runTimelineThroughput } =
    await import("../timelineThroughput.js");
  const rows = runTimelineThroughput(undefined, ctx.log, ctx.quick ? 1 : 3);
  if (rows) {
    ctx.print(
      `\nTimeline throughput (bench/timelineThroughput.ts)\n${formatTimelineThroughput(rows)}`,
    );
  }
  return { citations, throughput: rows };
}

/**
 * The overload (`bench/overload.ts`: 1,200 interactions in 4 s from 200 users over the seeds
 * and BBC politics: answered, shed, lost), then bursts of 1,000 interactions over the seeds
 * (`bench/burst.ts`), all through the Discord stand-in against the bot process.
 */
export async function burstPart(ctx: BenchContext): Promise<unknown> {
  const { formatOverload, runOverload } = await import("../overload.js");
  const overload = await runOverload(ctx.log);
  if (overload)
    ctx.print(
      `\nDiscord overload through the stand-in (bench/overload.ts)\n${formatOverload(overload)}`,
    );
  const { formatBurst, runBurst } = await import("../burst.js");
  const rows = await runBurst(ctx.quick ? 300 : 1_000, ctx.log);
  ctx.print(`\nDiscord burst through the stand-in (bench/burst.ts)\n${formatBurst(rows)}`);
  return { overload, bursts: rows };
}
