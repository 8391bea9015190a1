import { z } from "zod";
import type { Knowledge } from "../src/knowledge.js";
import type { CommandDefinition } from "./definition.js";

/** The result of `/help`: what the bot does and what its corpus covers. */
export interface HelpResult {
  readonly articles: number;
  readonly passages: number;
  /** Oldest and newest publication dates, null when no article is dated. */
  readonly from: string | null;
  readonly to: string | null;
  readonly commands: ReadonlyArray<{ readonly name: string; readonly description: string }>;
}

/** Describes the bot and its corpus; `commands` is the registry's list, passed in to avoid a cycle. */
export function describeBot(
  knowledge: Knowledge,
  commands: ReadonlyArray<{ name: string; description: string }>,
): HelpResult {
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
  };
}

const input = z.object({});

/** Creates `/help` over the given command list. */
export function helpCommand(
  list: () => ReadonlyArray<{ name: string; description: string }>,
): CommandDefinition<z.infer<typeof input>, HelpResult> {
  return {
    name: "help",
    description: "What Newsdesk does, and which articles it covers.",
    options: [],
    input,
    run: (knowledge) => describeBot(knowledge, list()),
  };
}
