#!/usr/bin/env node
// `npm start` and `npm run cli`: `node bin/run.js <entry> [args…]`, entry as `src/main` or
// `src/cli/main`. Brings the compiled build in dist/ up to date first (`tsc -b`: about 0.3 s
// when nothing changed, as it compares the sources with what it built last) and runs it, which
// starts about a second of CPU sooner than the sources through tsx (no module is transformed at
// start, and no loader thread runs). Type errors are printed on standard error and the build
// still runs, as tsx would run the sources.
// Without TypeScript (`npm ci --omit=dev`), or when tsc fails, the sources run through tsx.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [entry] = process.argv.splice(2, 1);
if (!entry) throw new Error("usage: node bin/run.js <src/main|src/cli/main> [args…]");

let tsc = null;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  // TypeScript is a development dependency: run the sources instead.
}
const built = path.join(root, "dist", `${entry}.js`);
let current = false;
if (tsc) {
  // Its output goes to standard error: standard output holds only answers (`--json`).
  const project = path.join(root, "tsconfig.build.json");
  // A first start compiles every module (about 20 s on two cores): say so, or the wait looks
  // like a hang.
  if (!existsSync(built))
    process.stderr.write("Compiling Newsdesk (first start only; about 20 s)…\n");
  const { status } = spawnSync(process.execPath, [tsc, "-b", project], { stdio: ["ignore", 2, 2] });
  // 1 and 2: type errors, the files emitted all the same; anything else (a crash, a project it
  // cannot read) may have left dist/ behind the sources.
  current = (status === 0 || status === 1 || status === 2) && existsSync(built);
}
// The entry checks argv[1] to know it runs as the program (see `src/cli/main.ts`).
if (current) {
  process.argv[1] = built;
  await import(pathToFileURL(built).href);
} else {
  const source = path.join(root, `${entry}.ts`);
  const { register } = await import("tsx/esm/api");
  register();
  process.argv[1] = source;
  await import(pathToFileURL(source).href);
}
