import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../src/cli/execute.js";
import { parseCommandLine } from "../../src/cli/parseCommandLine.js";
import { tokenizeLine } from "../../src/cli/tokenizeLine.js";
import { expectCitationsHold } from "../support/citations/index.js";
import { cleanEnv } from "../support/cleanEnv.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, "../..");
const knowledge = literalKnowledge([
  {
    id: "a",
    title: "Budget Passed",
    published: "2024-01-05",
    body: "The council passed the budget on Friday.",
  },
]);

// `npm start` and `npm run cli` run the compiled build, brought up to date first: compiling all of
// it (a fresh clone, or edited sources) takes longer than a test may, so it is done here once.
beforeAll(async () => {
  // Type errors fail the build but not its output; `npm run typecheck` reports them.
  await run("npm", ["run", "-s", "build"], { cwd: ROOT }).catch(() => undefined);
}, 180_000);

describe("npm start", () => {
  it("opens the console, and says why, when no Discord token is set", async () => {
    const child = execFile("npm", ["start", "-s"], { cwd: ROOT, env: cleanEnv() });
    child.stdin!.end("/ask When did the Taliban take over Afghanistan?\n/quit\n");
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(stderr).toContain("No DISCORD_TOKEN is set, so Newsdesk runs as a local console");
    expect(stdout).toContain("August 2021");
  });

  it("exits 2 with one line naming a bad setting", async () => {
    const failed = await run("npm", ["start", "-s"], {
      cwd: ROOT,
      env: cleanEnv({ COOLDOWN_SECONDS: "soon" }),
    }).catch((error: { stderr: string; code: number }) => error);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/COOLDOWN_SECONDS/u);
  });
});

describe("terminal front end", () => {
  it("answers `ask --json` with exactly one JSON object citing an article", async () => {
    const { stdout } = await run(
      "npm",
      [
        "run",
        "-s",
        "cli",
        "--",
        "ask",
        "Who was the first country to recognize the Taliban government?",
        "--json",
      ],
      { cwd: ROOT, env: cleanEnv() },
    );
    const result = JSON.parse(stdout) as {
      abstained: boolean;
      answer: string;
      citations: Array<Record<string, unknown>>;
    };
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Russia");
    expect(Object.keys(result.citations[0]!)).toEqual(
      expect.arrayContaining(["n", "articleId", "title", "published", "paragraph", "passage"]),
    );
  });

  it("reads console lines from a pipe and exits at the end of input", async () => {
    const child = execFile("npm", ["run", "-s", "cli"], { cwd: ROOT, env: cleanEnv() });
    child.stdin!.end("/ask When did the Taliban take over Afghanistan?\n/ask hi\n");
    const chunks: string[] = [];
    child.stdout!.on("data", (d: Buffer) => chunks.push(d.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    const out = chunks.join("");
    expect(code).toBe(0);
    expect(out).toContain("August 2021");
    expect(out).toContain("Sources:");
    expect(out).toContain("The question is too short");
  });

  it("prints the answer as text with numbered sources", () => {
    const out = execute(
      knowledge,
      parseCommandLine(["ask", "When", "was", "the", "budget", "passed?"]),
    );
    expect(out).toEqual({
      exitCode: 0,
      stdout: expect.stringContaining("The council passed the budget on Friday. [1]"),
    });
    expect(out.stdout).toContain("As of 5 January 2024.");
    expect(out.stdout).toContain("[1] Budget Passed — 5 January 2024, paragraph 1");
    // The short answer first, then the sentence it comes from: two cited claims.
    expect(out.stdout.startsWith("Friday [1]\n\n")).toBe(true);
    expect(expectCitationsHold(out.stdout, knowledge)).toBe(2);
  });

  it("answers a bad option with a message and exit code 2, as JSON when asked", () => {
    expect(execute(knowledge, parseCommandLine(["ask", "x"]))).toEqual({
      exitCode: 2,
      stdout: expect.stringMatching(/too short/u),
    });
    const json = execute(knowledge, parseCommandLine(["ask", "x", "--json"]));
    expect(JSON.parse(json.stdout)).toEqual({ error: expect.stringMatching(/too short/u) });
  });

  it("answers even a mistake in the arguments as JSON when --json is given", async () => {
    const failed = await run("npm", ["run", "-s", "cli", "--", "ask", "--bogus", "--json"], {
      cwd: ROOT,
      env: cleanEnv(),
    }).catch((error: { stdout: string; code: number }) => error);
    expect(failed).toMatchObject({ code: 2 });
    expect(JSON.parse((failed as { stdout: string }).stdout)).toEqual({
      error: "ask has no option --bogus",
    });
  });

  it("rebuilds the persisted index with `index` and says where it went", async () => {
    const cache = await mkdtemp(path.join(tmpdir(), "newsdesk-index-"));
    try {
      const { stdout } = await run("npm", ["run", "-s", "cli", "--", "index"], {
        cwd: ROOT,
        env: cleanEnv({ INDEX_CACHE_DIR: cache }),
      });
      expect(stdout).toMatch(
        new RegExp(
          `^Indexed 2 articles, 20 passages in \\d+ ms into ${cache}/newsdesk-\\w+\\.\\w+\\.v8`,
          "u",
        ),
      );
      expect((await readdir(cache)).filter((f) => f.startsWith("newsdesk-"))).toHaveLength(2);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  });

  it("lists the articles, newest first, with `sources`", () => {
    expect(execute(knowledge, parseCommandLine(["sources"])).stdout).toBe(
      "- Budget Passed (5 January 2024) [a]",
    );
  });

  it("rejects options a command does not have", () => {
    expect(() => parseCommandLine(["ask", "q?", "--speaker", "x"])).toThrow(
      "ask has no option --speaker",
    );
  });

  it("names an unknown command", () => {
    expect(() => parseCommandLine(["frobnicate", "--verbose"])).toThrow(
      /^Unknown command "frobnicate"\. Commands: ask, timeline/u,
    );
  });

  it("reports the corpus", () => {
    expect(execute(knowledge, parseCommandLine(["corpus"])).stdout).toContain(
      "1 article, 1 passage",
    );
  });

  it.each([
    ['/ask "Who is he?" --json', ["/ask", "Who is he?", "--json"]],
    ["/ask Russia's envoy", ["/ask", "Russia's", "envoy"]],
    ["a 'b c' d\\ e", ["a", "b c", "d e"]],
  ])("splits console line %j", (line, words) => {
    expect(tokenizeLine(line)).toEqual(words);
  });
});
