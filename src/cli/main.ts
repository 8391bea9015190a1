import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../config.js";
import { startup } from "../startup.js";
import { UserError } from "../errors.js";
import { runConsole } from "./console.js";
import { execute } from "./execute.js";
import { parseCommandLine, type ParsedCommandLine } from "./parseCommandLine.js";

/**
 * The terminal front end: `newsdesk ask "…" [--json]`, `newsdesk corpus`, or with no command
 * the interactive console.
 */
export async function main(args: readonly string[]): Promise<number> {
  let line: ParsedCommandLine;
  try {
    line = parseCommandLine(args);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(`newsdesk: ${error.message}`);
    return 2;
  }
  try {
    const { knowledge } = await startup(() => "warn");
    if (line.name === null && !line.flags.help) {
      await runConsole(knowledge, {
        input: process.stdin,
        output: process.stdout,
        interactive: process.stdin.isTTY === true,
      });
      return 0;
    }
    const result = execute(knowledge, line);
    console.log(result.stdout);
    return result.exitCode;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

// Run when executed directly (npm run cli, bin/newsdesk.js), not when imported by tests.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
