import type { Knowledge } from "../../../src/knowledge/knowledge.js";
import type { DiscordView } from "../../../src/discord/render/view.js";
import { claimProblems, inOrder } from "./checkClaims.js";
import { pieces, textKey, type ClaimSet } from "./claims.js";
import { discordClaims, type EmbedLike } from "./discordClaims.js";
import { resultClaims } from "./resultClaims.js";
import { textClaims } from "./textClaims.js";

/** What checking one result found: how many claims were read, and what is wrong. */
export interface CitationCheck {
  readonly claims: number;
  readonly problems: readonly string[];
}

/**
 * Checks that every citation of a result holds what it is cited for, whatever the form:
 * a core result of `ask`, `timeline` or `quote`; its `--json` object; its terminal text; a
 * Discord message body (reply, edit, page turn, the passages view); or a Discord view, whose
 * every page, the passages it reveals and the views its menu leads to are checked, and the
 * revealed passage `[n]` must hold what the pages cite as `[n]`.
 */
export function checkCitations(result: unknown, knowledge: Knowledge): CitationCheck {
  if (isView(result)) return checkView(result, knowledge);
  const set = readClaims(result);
  return { claims: set.claims.length, problems: claimProblems(set, knowledge) };
}

function readClaims(result: unknown): ClaimSet {
  if (typeof result === "string") return textClaims(result);
  if (typeof result === "object" && result !== null && "embeds" in result)
    return discordClaims(result as { embeds?: EmbedLike[] });
  const set = resultClaims(result);
  if (!set) throw new Error(`citations: cannot read ${JSON.stringify(result).slice(0, 200)}`);
  return set;
}

function isView(value: unknown): value is DiscordView {
  return typeof value === "object" && value !== null && Array.isArray((value as DiscordView).pages);
}

function checkView(view: DiscordView, knowledge: Knowledge, depth = 0): CitationCheck {
  let claims = 0;
  const problems: string[] = [];
  const add = (check: CitationCheck, where: string): void => {
    claims += check.claims;
    problems.push(...check.problems.map((p) => `${where}: ${p}`));
  };
  const revealed = view.reveal ? discordClaims(view.reveal.payload) : undefined;
  if (revealed)
    add(
      { claims: revealed.claims.length, problems: claimProblems(revealed, knowledge) },
      "passages",
    );
  view.pages.forEach((page, i) => {
    const set = discordClaims(page);
    add({ claims: set.claims.length, problems: claimProblems(set, knowledge) }, `page ${i + 1}`);
    if (!revealed) return;
    for (const claim of set.claims) {
      if (claim.kind === "mention") continue;
      for (const cite of claim.cites) {
        const shown = revealed.claims.find((c) => c.cites[0]?.n === cite.n);
        if (!shown)
          problems.push(
            `page ${i + 1}: ${claim.where} cites [${cite.n}], which Show passages lacks`,
          );
        // A passage cut to fit is checked against the paragraph above; a whole one must hold the claim.
        else if (!shown.text.endsWith("…") && !heldBy(claim.text, shown.text))
          problems.push(`page ${i + 1}: passage [${cite.n}] shown does not hold ${claim.where}`);
      }
    }
  });
  if (view.choose && depth === 0)
    for (const option of view.choose.options)
      add(
        checkView(view.choose.pick(option.value), knowledge, depth + 1),
        `choice ${option.value}`,
      );
  return { claims, problems };
}

function heldBy(text: string, holder: string): boolean {
  return inOrder(pieces(text), textKey(holder));
}
