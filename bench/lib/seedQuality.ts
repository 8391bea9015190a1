import { existsSync } from "node:fs";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { scoreAsk } from "../../tests/quality/scoreAsk.js";
import type { BenchContext } from "./benchPart.js";
import { SEED_DIR } from "./benchPaths.js";
import { formatTable } from "./table.js";

/** The seeds' quality set score, as one table row. */
export interface SeedQuality {
  readonly answerable: number;
  readonly answeredRight: number;
  readonly unanswerable: number;
  readonly abstainedRight: number;
  /** Questions that failed, with why. */
  readonly misses: readonly { readonly question: string; readonly why: string }[];
}

/** Scores `ask` on the seeds' quality set (`tests/quality/askSet.ts`). */
export async function seedQualityPart(ctx: BenchContext): Promise<SeedQuality | null> {
  if (!existsSync(SEED_DIR)) {
    ctx.log(`quality: skipped, no seed corpus at ${SEED_DIR}`);
    return null;
  }
  const score = scoreAsk(await buildKnowledge(SEED_DIR));
  const row: SeedQuality = {
    answerable: score.answerable.length,
    answeredRight: score.answerable.filter((o) => o.ok).length,
    unanswerable: score.unanswerable.length,
    abstainedRight: score.unanswerable.filter((o) => o.ok).length,
    misses: [...score.answerable, ...score.unanswerable]
      .filter((o) => !o.ok)
      .map(({ question, why }) => ({ question, why })),
  };
  ctx.print(
    formatTable(
      [
        { header: "set", cell: () => "seeds quality set" },
        {
          header: "answered right",
          cell: (r: SeedQuality) => `${r.answeredRight}/${r.answerable}`,
        },
        { header: "abstained right", cell: (r) => `${r.abstainedRight}/${r.unanswerable}` },
        { header: "target", cell: () => "≥ 90% answered, all abstained" },
      ],
      [row],
      "\nSeeds' quality set (scoreAsk)",
    ),
  );
  for (const miss of row.misses) ctx.print(`  miss: ${miss.question} — ${miss.why}`);
  return row;
}
