import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's folder: the nearest folder above this module that holds a `package.json`. The
 * code runs from `src/` (through tsx: the tests, the benchmarks, `npm link`) and compiled from
 * `dist/src/` (`npm start`, `npm run cli`), one folder deeper, so a path that names a folder of
 * the project (the shipped corpus, the index cache, `node_modules`) starts here rather than at
 * a fixed number of `..` from the module.
 */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/**
 * The nearest folder at or above `from` that holds a `package.json`; the parent of `from` when
 * none does (a build copied out of its project).
 */
export function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(from);
  }
}
