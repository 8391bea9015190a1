import { PassThrough } from "node:stream";
import { runConsole } from "../../src/cli/console.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";

/** Runs the console over `knowledge` with piped `lines` and returns what it printed. */
export async function consoleOutput(
  knowledge: Knowledge,
  lines: readonly string[],
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (d: Buffer) => (printed += d.toString()));
  const done = runConsole(knowledge, { input, output, interactive: false });
  input.end(`${lines.join("\n")}\n`);
  await done;
  return printed;
}
