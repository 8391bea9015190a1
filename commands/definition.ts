import type { z } from "zod";
import type { Conversation } from "../src/answer/askFollowUp.js";
import type { Knowledge } from "../src/knowledge/knowledge.js";

/** Where a command runs: the conversation a question may follow up on, when there is one. */
export interface CommandContext {
  readonly conversation?: Conversation;
}

/** One option of a command, described once for Discord registration and the terminal parser. */
export interface OptionDefinition {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Discord offers choices as the user types (answered by the command's `complete`). */
  readonly autocomplete?: boolean;
  /** Terminal: the option may be given as a positional argument, not only as `--name value`. */
  readonly positional?: boolean;
}

/**
 * A command, defined once: its name, description and options feed Discord registration, the
 * Discord handler and the terminal parser alike; `input` validates raw option values; `run`
 * calls the core and returns plain data for the renderers.
 */
export interface CommandDefinition<Input, Result> {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionDefinition[];
  readonly input: z.ZodType<Input>;
  run(knowledge: Knowledge, input: Input, context?: CommandContext): Result;
  /** Discord: acknowledge first (the work or its upload may take more than a moment). */
  readonly defer?: boolean;
  /** Autocomplete choices for the focused option, at most 25. */
  complete?(
    knowledge: Knowledge,
    option: string,
    value: string,
  ): Array<{ name: string; value: string }>;
}

/** A command of any input and result, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDefinition<any, unknown>;
