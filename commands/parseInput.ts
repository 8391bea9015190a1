import { UserError } from "../src/errors.js";
import { normalizeText } from "../src/text/normalize.js";
import type { AnyCommand } from "./definition.js";

/**
 * Validates raw option values against a command's schema. Throws a {@link UserError} with the
 * first problem, worded for the person who typed it.
 */
export function parseInput(command: AnyCommand, raw: Readonly<Record<string, unknown>>): unknown {
  // Typed text is normalised like the corpus (spaces, quotation marks, control characters), so
  // a zero-width space or a pasted tab cannot split a word the articles hold whole.
  const normalized = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [
      key,
      typeof value === "string" ? normalizeText(value) : value,
    ]),
  );
  const parsed = command.input.safeParse(normalized);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = issue?.path[0];
  const message = issue?.message ?? "is invalid";
  throw new UserError(
    option !== undefined && !message.includes(" ") ? `${String(option)}: ${message}` : message,
  );
}
