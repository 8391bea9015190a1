import { z } from "zod";
import { UserError } from "../src/errors.js";
import type { Knowledge } from "../src/knowledge/knowledge.js";
import type { CommandDefinition, OptionDefinition } from "./definition.js";

/** One command explained: what it does and each of its options. */
export interface CommandHelp {
  readonly name: string;
  readonly description: string;
  readonly options: ReadonlyArray<
    Pick<OptionDefinition, "name" | "description" | "required" | "positional">
  >;
}

/** The commands `/help` lists, as the registry holds them. */
type Listed = ReadonlyArray<{
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionDefinition[];
}>;

/** The result of `/help`: what the bot does and what its corpus covers. */
export interface HelpResult {
  readonly articles: number;
  readonly passages: number;
  /** Oldest and newest publication dates, null when no article is dated. */
  readonly from: string | null;
  readonly to: string | null;
  readonly commands: ReadonlyArray<{ readonly name: string; readonly description: string }>;
  /** The one command asked about (`/help timeline`), or null for the overview. */
  readonly command: CommandHelp | null;
}

/** Describes the bot and its corpus; `commands` is the registry's list, passed in to avoid a cycle. */
export function describeBot(knowledge: Knowledge, commands: Listed, asked?: string): HelpResult {
  const dates = [...knowledge.articles.values()]
    .map((a) => a.published)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    articles: knowledge.report.articles,
    passages: knowledge.report.passages,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    commands: commands.map(({ name, description }) => ({ name, description })),
    command: asked === undefined ? null : explain(commands, asked),
  };
}

/** The help of the command called `asked` (with or without its slash). */
function explain(commands: Listed, asked: string): CommandHelp {
  const name = nameOf(asked);
  const found = commands.find((c) => c.name === name);
  if (!found) {
    const names = commands.map((c) => c.name).join(", ");
    throw new UserError(`There is no command "${name}". Commands: ${names}.`);
  }
  return {
    name: found.name,
    description: found.description,
    options: found.options.map(({ name, description, required, positional }) => ({
      name,
      description,
      required,
      ...(positional === undefined ? {} : { positional }),
    })),
  };
}

/** The name as typed, without its slash, in lower case. */
const nameOf = (typed: string): string => typed.trim().replace(/^\//u, "").toLowerCase();

/**
 * `/help`'s options, checked against the command list before any work (a mistake is answered
 * at once, never after "thinking…").
 */
function inputOf(list: () => Listed) {
  return z.object({
    command: z
      .string()
      .trim()
      .max(32, "Name one command, e.g. timeline.")
      .superRefine((typed, ctx) => {
        if (typed === "" || list().some((c) => c.name === nameOf(typed))) return;
        const names = list()
          .map((c) => c.name)
          .join(", ");
        ctx.addIssue({
          code: "custom",
          message: `There is no command "${nameOf(typed)}". Commands: ${names}.`,
        });
      })
      .optional(),
  });
}

/** Creates `/help [command]` over the given command list. */
export function helpCommand(
  list: () => Listed,
): CommandDefinition<z.infer<ReturnType<typeof inputOf>>, HelpResult> {
  return {
    name: "help",
    description: "What Newsdesk does, and which articles it covers.",
    options: [
      {
        name: "command",
        description: "Explain one command, e.g. timeline",
        required: false,
        maxLength: 32,
        positional: true,
      },
    ],
    input: inputOf(list),
    run: (knowledge, { command }) =>
      describeBot(knowledge, list(), command?.trim() ? command : undefined),
  };
}
