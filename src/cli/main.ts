import { count } from "../text/count.js";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, loadConfig } from "../config.js";
import { addArticles } from "./addArticles.js";
import { startup } from "../startup.js";
import { CorpusError, UserError } from "../errors.js";
import { runLiveConsole } from "./liveConsole.js";
import { execute } from "./execute.js";
import { parseCommandLine, type ParsedCommandLine } from "./parseCommandLine.js";

/**
 * The terminal front end: `newsdesk ask "…" [--json]`, `newsdesk corpus`, `newsdesk add FILE…`,
 * or with no command the interactive console.
 */
export async function main(args: readonly string[]): Promise<number> {
  // Whether JSON was asked for is known before the arguments are understood, so even a
  // mistake in them is answered as JSON.
  const json = args.includes("--json");
  if (args[0] === "add") return add(args.slice(1));
  let line: ParsedCommandLine;
  try {
    line = parseCommandLine(args);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return fail(error.message, json);
  }
  try {
    if (line.name === "index") return await buildIndex();
    const started = await startup(() => "warn");
    const { knowledge } = started;
    if (line.name === null && !line.flags.help) {
      await runLiveConsole(started, knowledge);
      return 0;
    }
    const result = execute(knowledge, line);
    console.log(result.stdout);
    return result.exitCode;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof CorpusError)
      return fail(error.message, json);
    throw error;
  }
}

/** `newsdesk add FILE…`: copies checked articles into the configured corpus folder. */
async function add(files: readonly string[]): Promise<number> {
  let corpusDir: string;
  let maxBytes: number;
  try {
    ({ corpusDir, maxArticleBytes: maxBytes } = loadConfig());
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message, false);
    throw error;
  }
  const added = await addArticles(files, corpusDir, maxBytes);
  if (added.stdout) console.log(added.stdout);
  if (added.stderr) console.error(added.stderr);
  return added.exitCode;
}

/** Reports a problem the user can fix: one line, or `{ "error": … }` with --json; exit code 2. */
function fail(message: string, json: boolean): number {
  if (json) console.log(JSON.stringify({ error: message }));
  else console.error(`newsdesk: ${message}`);
  return 2;
}

/** `newsdesk index`: rebuilds the persisted index now, so the next start loads it. */
async function buildIndex(): Promise<number> {
  const started = performance.now();
  const { knowledge } = await startup(() => "warn", { rebuild: true });
  const ms = Math.round(performance.now() - started);
  const { snapshot, warning } = knowledge.build;
  if (warning) console.error(`newsdesk: ${warning}`);
  const what = `${count(knowledge.report.articles, "article")}, ${count(knowledge.report.passages, "passage")}`;
  if (!snapshot) {
    console.log(`Built the index (${what}) in ${ms} ms; nothing was saved (INDEX_CACHE_DIR).`);
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
