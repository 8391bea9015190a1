import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

// bin/run.js in a project of its own: one source file, and a stand-in for tsc that records
// each run and "compiles" it by writing the build's entry in two halves, a pause between.

const REPO = path.join(import.meta.dirname, "../..");
const FAKE_TSC = `
const { appendFileSync, mkdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const root = path.dirname(process.argv[3]);
appendFileSync(path.join(root, "tsc-runs.log"), "ran\\n");
const out = path.join(root, "dist", "src");
mkdirSync(out, { recursive: true });
const file = path.join(out, "main.js");
writeFileSync(file, 'console.log("ran the');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.env.FAKE_TSC_MS ?? 0));
writeFileSync(file, 'console.log("ran the build");\\n');
process.exitCode = Number(process.env.FAKE_TSC_STATUS ?? 0);
`;

let project: string;
beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), "newsdesk-run-"));
  await mkdir(path.join(project, "bin"));
  await mkdir(path.join(project, "src"));
  await mkdir(path.join(project, "node_modules"));
  for (const file of ["run.js", "upToDate.js"])
    await cp(path.join(REPO, "bin", file), path.join(project, "bin", file));
  await writeFile(path.join(project, "package.json"), '{ "type": "module" }\n');
  await writeFile(path.join(project, "tsconfig.build.json"), "{}\n");
  await writeFile(
    path.join(project, "src", "main.ts"),
    'const from: string = "the sources";\nconsole.log(`ran ${from}`);\n',
  );
  await symlink(path.join(REPO, "node_modules", "tsx"), path.join(project, "node_modules", "tsx"));
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

/** Puts the stand-in for TypeScript in the project's node_modules. */
async function installFakeTsc(): Promise<void> {
  const typescript = path.join(project, "node_modules", "typescript");
  await mkdir(path.join(typescript, "bin"), { recursive: true });
  await writeFile(path.join(typescript, "package.json"), '{ "name": "typescript" }\n');
  await writeFile(path.join(typescript, "bin", "tsc"), FAKE_TSC);
}

/** `node bin/run.js src/main` in the project: its output, and how often tsc ran so far. */
function start(env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/run.js", "src/main"], {
      cwd: project,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", () => resolve({ stdout, stderr }));
  });
}

async function tscRuns(): Promise<number> {
  const log = await readFile(path.join(project, "tsc-runs.log"), "utf8").catch(() => "");
  return log.split("\n").filter(Boolean).length;
}

describe("bin/run.js", () => {
  it("runs the sources through tsx when TypeScript is not installed", async () => {
    const run = await start();
    expect(run.stdout).toBe("ran the sources\n");
    expect(run.stderr).not.toContain("Compiling");
  });

  it("compiles on the first start, saying so, and then only when a source is newer than the build", async () => {
    await installFakeTsc();
    const first = await start();
    expect(first.stderr).toContain("Compiling Newsdesk (first start only; about 20 s)…");
    expect(first.stdout).toBe("ran the build\n");
    expect(await tscRuns()).toBe(1);

    const second = await start();
    expect(second).toEqual({ stdout: "ran the build\n", stderr: "" });
    expect(await tscRuns()).toBe(1);

    await writeFile(path.join(project, "src", "main.ts"), 'console.log("edited");\n');
    const edited = await start();
    expect(edited.stderr).toContain("Compiling Newsdesk (the sources changed)…");
    expect(await tscRuns()).toBe(2);
    expect((await start()).stderr).toBe("");
    expect(await tscRuns()).toBe(2);
  });

  it("runs a build with type errors, and runs tsc again at the next start (so they are printed again)", async () => {
    await installFakeTsc();
    const env = { FAKE_TSC_STATUS: "1" };
    expect((await start(env)).stdout).toBe("ran the build\n");
    expect((await start(env)).stdout).toBe("ran the build\n");
    expect(await tscRuns()).toBe(2);
  });

  it("compiles again when a source file is added", async () => {
    await installFakeTsc();
    await start();
    await writeFile(path.join(project, "src", "added.ts"), "export {};\n");
    await start();
    expect(await tscRuns()).toBe(2);
  });

  it("compiles once when two first starts run at once, and neither runs the build half written", async () => {
    await installFakeTsc();
    const env = { FAKE_TSC_MS: "1500" };
    const [a, b] = await Promise.all([start(env), start(env)]);
    expect(await tscRuns()).toBe(1);
    expect(a.stdout).toBe("ran the build\n");
    expect(b.stdout).toBe("ran the build\n");
    expect(a.stderr + b.stderr).toContain("Waiting for another start of Newsdesk");
  });
  it("compiles again when a source is restored with an old modification time (cp -p, rsync -a)", async () => {
    await installFakeTsc();
    await start();
    const source = path.join(project, "src", "main.ts");
    await writeFile(source, 'console.log("restored");\n');
    const old = new Date(2001, 0, 1);
    await utimes(source, old, old);
    await start();
    expect(await tscRuns()).toBe(2);
  });

  it("takes over a lock standing longer than any compile, even when its pid is alive (a reused pid)", async () => {
    await installFakeTsc();
    const lock = path.join(project, "dist", ".compile-lock");
    await mkdir(lock, { recursive: true });
    await writeFile(path.join(lock, "pid"), String(process.pid));
    const old = new Date(Date.now() - 11 * 60_000);
    await utimes(lock, old, old);
    const run = await start();
    expect(run.stdout).toBe("ran the build\n");
    expect(await tscRuns()).toBe(1);
  }, 20_000);
});
