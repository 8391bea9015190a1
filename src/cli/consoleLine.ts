import { findCommand } from "../../commands/index.js";
import { parseCommandLine, withoutSlash, type ParsedCommandLine } from "./parseCommandLine.js";
import { tokenizeLine } from "./tokenizeLine.js";
import { editDistance } from "../quotes/editDistance.js";
import { UserError } from "../errors.js";

/** `name:value`, the way Discord shows an option filled in. */
const OPTION = /^([a-z_]+):(.*)$/su;

/**
 * Reads a console line as a person types it: a line without a slash is a question for `/ask`;
 * a slash command takes its options as in Discord (`/timeline from:2024`, `/quote
 * speaker:Amir Khan Muttaqi about:russia`: a value runs up to the next option), or as on the
 * command line (`--from 2024`), and words before any option fill the positional one.
 */
export function parseConsoleLine(line: string): ParsedCommandLine {
  const trimmed = line.trim();
  if (!trimmed.startsWith("/"))
    return {
      name: "ask",
      raw: { question: trimmed },
      flags: { json: false, png: undefined, format: undefined, help: false },
    };
  const words = tokenizeLine(trimmed);
  const command = findCommand(withoutSlash(words[0] ?? ""));
  const named = (word: string): string | null => {
    const name = OPTION.exec(word)?.[1];
    return name !== undefined && command?.options.some((o) => o.name === name) ? name : null;
  };
  if (command) {
    // "too:2004" would otherwise run on as part of the value before it.
    for (const word of words.slice(1)) {
      const typed = OPTION.exec(word)?.[1];
      if (typed === undefined || named(word) !== null) continue;
      const meant = command.options.find((o) => editDistance(typed, o.name, 1) <= 1);
      if (meant)
        throw new UserError(
          `/${command.name} has no option ${typed}: — did you mean ${meant.name}:? Its options: ${command.options.map((o) => `${o.name}:`).join(" ")}`,
        );
    }
  }
  if (!command || !words.slice(1).some((w) => named(w) !== null)) return parseCommandLine(words);
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  let current: string[] = positional;
  for (const word of words.slice(1)) {
    const name = named(word);
    if (name === null) current.push(word);
    else {
      current = [];
      values.set(name, current);
      const value = word.slice(name.length + 1);
      if (value !== "") current.push(value);
    }
  }
  // The rebuilt arguments go through the command-line parser: one set of checks and messages.
  const args = [command.name, ...positional];
  for (const [name, value] of values) args.push(`--${name}`, value.join(" "));
  return parseCommandLine(args);
}
