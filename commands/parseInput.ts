import { UserError } from "../src/errors.js";
import type { AnyCommand } from "./definition.js";

/**
 * Validates raw option values against a command's schema. Throws a {@link UserError} with the
 * first problem, worded for the person who typed it.
 */
export function parseInput(command: AnyCommand, raw: Readonly<Record<string, unknown>>): unknown {
  const parsed = command.input.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = issue?.path[0];
  const message = issue?.message ?? "is invalid";
  throw new UserError(
    option !== undefined && !message.includes(" ") ? `${String(option)}: ${message}` : message,
  );
}
