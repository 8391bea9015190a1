import type { BenchContext } from "../lib/benchPart.js";
import { formatTable, percent } from "../lib/table.js";
import type { Half } from "./devSplit.js";
import type { DevOutcome, StageReach } from "./scoreDev.js";

const HALVES: readonly Half[] = ["tune", "check"];
const KINDS = ["who", "which", "what", "when", "where", "why", "how-much", "how-many"] as const;
const BANDS = ["low", "mid", "high"] as const;

const share = (part: number, whole: number): string =>
  whole === 0 ? "—" : `${part}/${whole} ${percent(part / whole)}`;

/** Prints the dev set's tables: summary, by kind, by overlap band, and the stage breakdown. */
export function printDevTables(ctx: BenchContext, outcomes: readonly DevOutcome[]): void {
  const answerable = (h: Half): DevOutcome[] =>
    outcomes.filter((o) => o.half === h && o.stages !== null);
  const misses = (h: Half): DevOutcome[] =>
    outcomes.filter((o) => o.half === h && o.stages === null);
  const count = (list: readonly DevOutcome[], verdict: string): number =>
    list.filter((o) => o.verdict === verdict).length;
  ctx.print(
    formatTable(
      [
        { header: "half", cell: (h: Half) => h },
        {
          header: "right",
          cell: (h) => share(count(answerable(h), "right"), answerable(h).length),
        },
        { header: "abstained wrongly", cell: (h) => count(answerable(h), "abstained") },
        {
          header: "right article, no fact",
          cell: (h) => count(answerable(h), "right-article-no-fact"),
        },
        { header: "wrong article", cell: (h) => count(answerable(h), "wrong-article") },
        {
          header: "out-of-corpus abstained",
          cell: (h) => share(count(misses(h), "right"), misses(h).length),
        },
      ],
      HALVES,
      "\nBBC News dev questions, all 2,225 articles (targets: ≥ 70% right, ≥ 85% out-of-corpus abstained)",
    ),
  );
  const byGroup = (
    title: string,
    groups: readonly string[],
    pick: (o: DevOutcome) => string | null,
  ) =>
    ctx.print(
      formatTable(
        [
          { header: title, cell: (g: string) => g },
          ...HALVES.map((h) => ({
            header: `${h} right`,
            cell: (g: string) => {
              const mine = answerable(h).filter((o) => pick(o) === g);
              return share(count(mine, "right"), mine.length);
            },
          })),
        ],
        groups,
      ),
    );
  byGroup("kind", KINDS, (o) => o.kind);
  byGroup("overlap", BANDS, (o) => o.band);
  const stages: readonly (keyof StageReach)[] = ["retrieved", "candidate", "chosen", "stated"];
  ctx.print(
    formatTable(
      [
        { header: "stage", cell: (s: keyof StageReach | "abstained") => s },
        ...HALVES.map((h) => ({
          header: h,
          cell: (s: keyof StageReach | "abstained") => {
            const mine = answerable(h);
            const n =
              s === "abstained"
                ? count(mine, "abstained")
                : mine.filter((o) => o.stages?.[s] === true).length;
            return share(n, mine.length);
          },
        })),
      ],
      [...stages, "abstained"],
      "\nWhere answers are lost: gold article among the retrieved passages; a candidate sentence of it holding the fact; the cited sentences holding it; the short answer stating it; abstained",
    ),
  );
  // Where each kind loses its answers, on the tune half (the half fixes are chosen on).
  const tuneOf = (kind: string): DevOutcome[] => answerable("tune").filter((o) => o.kind === kind);
  ctx.print(
    formatTable(
      [
        { header: "kind (tune)", cell: (k: string) => k },
        ...[...stages, "shown" as const].map((s) => ({
          header: s,
          cell: (k: string) => {
            const mine = tuneOf(k);
            return `${mine.filter((o) => o.stages?.[s] === true).length}/${mine.length}`;
          },
        })),
      ],
      KINDS,
    ),
  );
  // A bold wrong fact misleads more than none: of the short answers shown, how many are right.
  ctx.print(
    formatTable(
      [
        { header: "half", cell: (h: Half) => h },
        {
          header: "short answers right / shown (precision)",
          cell: (h) => {
            const shown = answerable(h).filter((o) => o.stages?.shown === true);
            return share(shown.filter((o) => o.stages?.stated === true).length, shown.length);
          },
        },
      ],
      HALVES,
    ),
  );
}
