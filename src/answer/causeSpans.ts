import type { Span } from "../corpus/types.js";

/** A verb whose subject is a cause: "Soaring oil sales mean Russian debt is no longer junk". */
const CAUSE_VERB =
  /\b(?:means?|meant|led to|leads? to|causes|caused|prompted|triggered|forced|sparked|fuell?ed|drove|pushed)\b/gu;

/** What something is blamed on: "blamed her defeat on injuries" gives "injuries". */
const BLAMED_ON = /\bblam\w* [^.;]{0,60}?\bon ([^.;,]+)/du;

/**
 * The causes a sentence states: what something is blamed on, and the subject of a causal verb
 * (the clause before "mean", "led to", "prompted", from the sentence's start or the last
 * comma, of two words or more), saying something the question does not (`fresh`).
 */
export function causes(text: string, fresh: (s: string) => boolean): Span[] {
  const out: Span[] = [];
  const blamed = BLAMED_ON.exec(text);
  const on = blamed?.indices?.[1];
  if (on && fresh(text.slice(on[0], on[1]))) out.push({ start: on[0], end: on[1] });
  for (const m of text.matchAll(CAUSE_VERB)) {
    const before = text.slice(0, m.index);
    const start = Math.max(before.lastIndexOf(",") + 1, before.search(/[\p{L}\p{N}]/u));
    const clause = before.slice(start).trim();
    if (clause.split(/\s+/u).length < 2 || !fresh(clause)) continue;
    const at = text.indexOf(clause, start);
    out.push({ start: at, end: at + clause.length });
  }
  return out;
}
