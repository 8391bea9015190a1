import { writeFileSync } from "node:fs";
import { findCommand } from "../../commands/index.js";
import type { CommandContext } from "../../commands/definition.js";
import { parseInput } from "../../commands/parseInput.js";
import { UserError } from "../errors.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import { renderCorpusReport } from "../render/corpusReport.js";
import { unknownCommand, type ParsedCommandLine } from "./parseCommandLine.js";
import { TERMINAL_RENDERERS } from "./renderers.js";

/** What a terminal command printed, and how it ended. */
export interface Execution {
  readonly stdout: string;
  /** 0 done, 2 the input was wrong (the message says how). */
  readonly exitCode: 0 | 2;
}

/**
 * Runs one parsed command line against the knowledge and renders its result. A mistake in the
 * input is answered with its message (in JSON as `{ "error": … }`) and exit code 2. `context`
 * carries the console's conversation, for follow-up questions.
 */
export function execute(
  knowledge: Knowledge,
  line: ParsedCommandLine,
  context: CommandContext = {},
): Execution {
  try {
    return { stdout: run(knowledge, line, context), exitCode: 0 };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const stdout = line.flags.json ? JSON.stringify({ error: error.message }) : error.message;
    return { stdout, exitCode: 2 };
  }
}

function run(knowledge: Knowledge, line: ParsedCommandLine, context: CommandContext): string {
  if (line.name === null || line.flags.help)
    return run(
      knowledge,
      { ...line, name: "help", raw: {}, flags: { ...line.flags, help: false } },
      context,
    );
  if (line.name === "corpus") {
    return line.flags.json
      ? JSON.stringify(knowledge.report)
      : renderCorpusReport(knowledge.report);
  }
  if (line.name === "index") {
    throw new UserError(
      "index rebuilds the persisted index before a start: run `npm run -s cli -- index` from a shell.",
    );
  }
  const command = findCommand(line.name);
  const renderer = TERMINAL_RENDERERS[line.name];
  if (!command || !renderer) throw unknownCommand(line.name);
  const format = line.flags.format?.trim().toLowerCase();
  const exporter = format === undefined ? undefined : renderer.formats?.[format];
  if (format !== undefined && format !== "text" && format !== "json" && !exporter) {
    const known = ["text", "json", ...Object.keys(renderer.formats ?? {})].join(", ");
    throw new UserError(`${line.name} has no format "${format}"; formats: ${known}.`);
  }
  const result = command.run(knowledge, parseInput(command, line.raw), context);
  const out = exporter
    ? JSON.stringify(exporter(result), null, 2)
    : line.flags.json || format === "json"
      ? JSON.stringify(renderer.json(result))
      : renderer.text(result);
  if (line.flags.png === undefined) return out;
  if (!renderer.png) throw new UserError(`${line.name} has no picture; --png works with timeline.`);
  writePicture(line.flags.png, renderer.png(result));
  return line.flags.json || format === "json" || exporter
    ? out
    : `${out}\n\nPicture written to ${line.flags.png}.`;
}

function writePicture(file: string, png: Buffer): void {
  try {
    writeFileSync(file, png);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new UserError(`Cannot write the picture to ${file} (${code}).`);
  }
}
