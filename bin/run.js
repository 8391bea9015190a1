#!/usr/bin/env node
// `npm start` and `npm run cli`: `node bin/run.js <entry> [args…]`, entry as `src/main` or
// `src/cli/main`. Runs the compiled build in dist/, which starts about a second of CPU sooner
// than the sources through tsx (no module is transformed at start, and no loader thread runs).
// The build is compiled (`tsc -b`) only when a source is newer than it (a stat of the sources,
// about 5 ms; see upToDate.js), one start at a time. Type errors are printed on standard error
// and the build still runs, as tsx would run the sources.
// Without TypeScript (`npm ci --omit=dev`), or when tsc fails, the sources run through tsx.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bringUpToDate } from "./upToDate.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [entry] = process.argv.splice(2, 1);
if (!entry) throw new Error("usage: node bin/run.js <src/main|src/cli/main> [args…]");

let tsc = null;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  // TypeScript is a development dependency: run the sources instead.
}
const outDir = path.join(root, "dist");
const built = path.join(outDir, `${entry}.js`);
const current =
  tsc !== null &&
  (await bringUpToDate({
    root,
    outDir,
    built,
    tsc,
    project: path.join(root, "tsconfig.build.json"),
    say: (text) => process.stderr.write(text),
  }));
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
