import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runConsole } from "../../src/cli/console.js";
import { jsonNoticeLine, noticeLine, showNotice } from "../../src/cli/liveConsole.js";
import { createLogger } from "../../src/logger.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  { id: "acme", title: "Acme Raises Prices", body: "Acme raised its prices in March." },
]);

afterEach(() => vi.restoreAllMocks());

describe("the console's reload notices", () => {
  it("carry the local time and level, as the log's readable lines do", () => {
    const at = new Date(2026, 10, 30, 9, 5, 7, 42);
    expect(noticeLine("corpus reloaded: 1 added", at)).toBe(
      "[09:05:07.042] INFO: corpus reloaded: 1 added",
    );
  });

  it("are JSON lines, as the log's are, when standard error is not a terminal", () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      errors.push(String(chunk));
      return true;
    });
    const at = new Date(Date.UTC(2026, 10, 30, 9, 5, 7, 42));
    expect(JSON.parse(jsonNoticeLine("corpus reloaded: 1 added", at))).toEqual({
      level: 30,
      time: at.getTime(),
      app: "newsdesk",
      msg: "corpus reloaded: 1 added",
    });
    showNotice("corpus reloaded: 1 changed", false, at);
    expect(errors).toEqual([`${jsonNoticeLine("corpus reloaded: 1 changed", at)}\n`]);
  });

  it("are printed over the prompt line at a terminal, and the prompt with what was typed is drawn again", async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      errors.push(String(chunk));
      return true;
    });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (d: Buffer) => (printed += d.toString()));
    const done = runConsole(knowledge, { input, output, interactive: true });
    input.write("who rai");
    await new Promise((resolve) => setImmediate(resolve));
    const before = printed.length;
    showNotice("corpus reloaded: 1 added", true);
    const after = printed.slice(before);
    expect(errors.join("")).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: corpus reloaded: 1 added\n$/u,
    );
    // The prompt line is cleared (carriage return or cursor to column 1, erase line) first, …
    // eslint-disable-next-line no-control-regex -- terminal escapes are what is checked
    expect(after).toMatch(/^(?:\r|\x1b\[1G)?\x1b\[0?K|^\x1b\[2K/u);
    // … and drawn again after, with the words typed so far.
    expect(after).toContain("newsdesk> who rai");
    input.end("\n/quit\n");
    await done;
    // Once the console ends, notices go straight to standard error again.
    showNotice("corpus reloaded: 1 removed", true);
    expect(errors).toHaveLength(2);
  });

  it("take the log's warnings with them: a warning logged at the prompt is printed over it, and the prompt drawn again", async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      errors.push(String(chunk));
      return true;
    });
    const logger = createLogger("warn", false);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (d: Buffer) => (printed += d.toString()));
    const done = runConsole(knowledge, { input, output, interactive: true });
    input.write("who rai");
    await new Promise((resolve) => setImmediate(resolve));
    const before = printed.length;
    logger.warn({ path: "bad.md" }, "corpus: skipped bad.md: body is empty");
    const after = printed.slice(before);
    expect(JSON.parse(errors.join(""))).toMatchObject({ level: 40, path: "bad.md" });
    // eslint-disable-next-line no-control-regex -- terminal escapes are what is checked
    expect(after).toMatch(/^(?:\r|\x1b\[1G)?\x1b\[0?K|^\x1b\[2K/u);
    expect(after).toContain("newsdesk> who rai");
    input.end("\n/quit\n");
    await done;
  });
});
