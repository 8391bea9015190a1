import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CACHE_DIR, DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { findProjectRoot, PROJECT_ROOT } from "../../src/projectRoot.js";

const ROOT = path.join(import.meta.dirname, "../..");

describe("the project folder", () => {
  it("is found from the sources, and the default corpus and cache lie in it", () => {
    expect(PROJECT_ROOT).toBe(ROOT);
    expect(DEFAULT_CORPUS_DIR).toBe(path.join(ROOT, "corpus"));
    expect(DEFAULT_CACHE_DIR).toBe(path.join(ROOT, ".cache", "index"));
  });

  it("is found from the compiled build, one folder deeper (dist/src/…)", () => {
    expect(findProjectRoot(path.join(ROOT, "dist", "src", "discord"))).toBe(ROOT);
  });

  it("is the module's parent folder when no package.json lies above", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-root-"));
    try {
      expect(findProjectRoot(path.join(dir, "src"))).toBe(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
