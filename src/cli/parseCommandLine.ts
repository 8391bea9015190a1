import { parseArgs } from "node:util";
import { COMMANDS, findCommand } from "../../commands/index.js";
import { UserError } from "../errors.js";

/** Flags every terminal command accepts besides its own options. */
export interface CliFlags {
  readonly json: boolean;
  readonly png: string | undefined;
  /** `--format NAME`: text, json, or a command's own export (timeline: timelinejs). */
  readonly format: string | undefined;
  readonly help: boolean;
}

/** A parsed command line: the command's name, its raw option values and the flags. */
export interface ParsedCommandLine {
  readonly name: string | null;
  readonly raw: Record<string, string>;
  readonly flags: CliFlags;
}

const optionNames = new Set(COMMANDS.flatMap((c) => c.options.map((o) => o.name)));

/**
 * Reads `ask "…" --json` style arguments. Positional words fill the command's positional
 * option (all of them joined, so a question needs no quotes); `--name value` sets any option.
 */
export function parseCommandLine(args: readonly string[]): ParsedCommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean" },
        png: { type: "string" },
        format: { type: "string" },
        help: { type: "boolean", short: "h" },
        ...Object.fromEntries([...optionNames].map((name) => [name, { type: "string" as const }])),
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/u.exec(message)?.[1];
    const commandName = args[0] && !args[0].startsWith("-") ? withoutSlash(args[0]) : "newsdesk";
    if (commandName !== "newsdesk") checkCommandName(commandName);
    throw new UserError(
      unknown ? `${commandName} has no option ${unknown}` : message.split("\n")[0]!,
    );
  }
  const [typed = null, ...words] = parsed.positionals;
  const name = typed === null ? null : withoutSlash(typed);
  const flags: CliFlags = {
    json: parsed.values.json === true,
    png: typeof parsed.values.png === "string" ? parsed.values.png : undefined,
    format: typeof parsed.values.format === "string" ? parsed.values.format : undefined,
    help: parsed.values.help === true,
  };
  const raw: Record<string, string> = {};
  const command = name === null ? undefined : findCommand(name);
  if (name !== null) checkCommandName(name);
  for (const [key, value] of Object.entries(parsed.values)) {
    if (key in flags || typeof value !== "string") continue;
    if (!command?.options.some((o) => o.name === key)) {
      throw new UserError(`${name ?? "newsdesk"} has no option --${key}`);
    }
    raw[key] = value;
  }
  const positional = command?.options.find((o) => o.positional && raw[o.name] === undefined);
  if (words.length > 0) {
    if (!positional)
      throw new UserError(`${name} takes no positional argument: "${words.join(" ")}"`);
    raw[positional.name] = words.join(" ");
  }
  return { name, raw, flags };
}

/** Commands of the terminal alone, besides the shared ones. */
export const TERMINAL_ONLY: readonly string[] = ["corpus", "index"];

/**
 * Throws {@link unknownCommand} for a name that is no command: a mistyped command is the
 * mistake to report, not the options or words it has not got.
 */
function checkCommandName(name: string): void {
  if (!findCommand(name) && !TERMINAL_ONLY.includes(name)) throw unknownCommand(name);
}

/** The answer to a command name that is none, listing the ones there are. */
export function unknownCommand(name: string): UserError {
  const names = [...COMMANDS.map((c) => c.name), ...TERMINAL_ONLY].join(", ");
  return new UserError(`Unknown command "${name}". Commands: ${names}.`);
}

/** A command name as typed, with or without the leading slash Discord uses. */
export function withoutSlash(name: string): string {
  return name.replace(/^\//u, "");
}
