import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, "../..");

/** What `createLogger(level, pretty)` writes to standard error in a process of its own. */
async function logged(pretty: boolean): Promise<string> {
  const script = `import { createLogger } from "./src/logger.ts";
createLogger("info", ${pretty}).info({ added: 1 }, "corpus reloaded");`;
  const { stderr } = await run(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", script],
    {
      cwd: ROOT,
    },
  );
  return stderr;
}

describe("the logger", () => {
  it("writes readable lines for a terminal: time, level, message, fields", async () => {
    const text = await logged(true);
    expect(text).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] .*INFO.*: .*corpus reloaded.* .*\{"added":1\}/u,
    );
  });

  it("writes one JSON object a line otherwise", async () => {
    const line = JSON.parse(await logged(false)) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, msg: "corpus reloaded", added: 1 });
  });
});
