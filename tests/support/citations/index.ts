import { expect } from "vitest";
import type { Knowledge } from "../../../src/knowledge/knowledge.js";
import { checkCitations } from "./checkCitations.js";

export { checkCitations, type CitationCheck } from "./checkCitations.js";

/**
 * Asserts {@link checkCitations} finds nothing wrong; returns the number of claims checked, so a
 * property test can also assert that it checked something.
 */
export function expectCitationsHold(result: unknown, knowledge: Knowledge): number {
  const { claims, problems } = checkCitations(result, knowledge);
  expect(problems).toEqual([]);
  return claims;
}
