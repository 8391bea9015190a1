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
    if (line.name === "index") return await buildIndex();
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

/** `newsdesk index`: rebuilds the persisted index now, so the next start loads it. */
async function buildIndex(): Promise<number> {
  const started = performance.now();
  const { knowledge } = await startup(() => "warn", { rebuild: true });
  const ms = Math.round(performance.now() - started);
  const { snapshot } = knowledge.build;
  const what = `${knowledge.report.articles} articles, ${knowledge.report.passages} passages`;
  if (!snapshot) {
    console.log(
      `Built the index (${what}) in ${ms} ms; INDEX_CACHE_DIR is off, so nothing was saved.`,
    );
  } else {
    const mb = (snapshot.bytes / 1024 / 1024).toFixed(1);
    console.log(`Indexed ${what} in ${ms} ms into ${snapshot.file} (${mb} MB).`);
  }
  return 0;
}

// Run when executed directly (npm run cli, bin/newsdesk.js), not when imported by tests.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
