import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";

const ROOT = path.join(import.meta.dirname, "../..");
const run = promisify(execFile);

/**
 * A process Newsdesk starts (the snapshot step, each shard) inherits the environment as its
 * parent resolved it (`.env` applied, blank keys removed). Were it to read `.env` again, a key
 * the parent left at its default (blank in the environment) would be filled from `.env` in the
 * child alone: the manager would check and index one corpus and the shards serve another.
 */
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "newsdesk-dotenv-shard-"));
  await writeFile(path.join(folder, ".env"), "CORPUS_DIR=/from/dotenv\n");
  const config = JSON.stringify(path.join(ROOT, "src/config.ts"));
  await writeFile(
    path.join(folder, "corpus.ts"),
    `import { loadConfig } from ${config};\nconsole.log(loadConfig().corpusDir);\n`,
  );
  // A parent that resolves its configuration, then starts a child as the shard manager does.
  await writeFile(
    path.join(folder, "parent.ts"),
    [
      `import { execFileSync } from "node:child_process";`,
      `import { loadConfig } from ${config};`,
      `const own = loadConfig().corpusDir;`,
      `const child = execFileSync(process.execPath, [${JSON.stringify(path.join(ROOT, "node_modules/tsx/dist/cli.mjs"))}, "corpus.ts"]).toString().trim();`,
      `console.log(JSON.stringify({ own, child }));`,
    ].join("\n"),
  );
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** What `script` prints, run in the folder holding `.env`, with only `env` set. */
async function output(script: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), script],
    { cwd: folder, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env } },
  );
  return stdout.trim();
}

describe("loadConfig and .env", () => {
  it("fills unset keys from .env in a process of its own", async () => {
    expect(await output("corpus.ts", {})).toBe("/from/dotenv");
  }, 30_000);

  it("leaves .env alone in a process it starts, which takes its parent's resolved environment", async () => {
    // Blank in the environment: the parent's default, whatever .env says.
    const printed = JSON.parse(await output("parent.ts", { CORPUS_DIR: "" })) as unknown;
    expect(printed).toEqual({ own: DEFAULT_CORPUS_DIR, child: DEFAULT_CORPUS_DIR });
  }, 30_000);
});
