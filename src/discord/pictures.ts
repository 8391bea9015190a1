import { existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { PICTURE_EVENTS } from "../render/timelinePicture.js";
import type { TimelineResult } from "../timeline/timeline.js";
import type { PictureReply, PictureRequest } from "./pictureWorker.js";

/**
 * Pictures waiting for the worker beyond this are not drawn: the answer goes without one. A
 * picture costs about 150–300 ms of CPU (resvg lays out every label), so a handful already
 * keeps the worker busy for a second.
 */
export const MAX_PENDING_PICTURES = 4;
/** A worker that died is not started again sooner than this (no restart storm). */
const RESTART_AFTER_MS = 10_000;
/** Pictures kept, by what they show (the corpus is read-only, so the same events draw the same). */
const KEPT = 64;

/**
 * Timeline pictures drawn off the main thread, in one worker thread of their own (started on
 * first use, restarted if it dies). The picture is a glance, the text is the answer: when the
 * worker is far behind or fails, the answer goes without its picture rather than late.
 */
export class TimelinePictures {
  #worker: Worker | undefined;
  #nextId = 0;
  readonly #pending = new Map<number, (png: Buffer | null) => void>();
  readonly #kept = new Map<string, Buffer>();
  /** When the worker last died: it is not restarted within {@link RESTART_AFTER_MS} of that. */
  #diedAt = -Infinity;

  /**
   * @param busy - Whether the bot is behind with its answers right now. While it is, no picture
   *   is drawn: on a small host the worker takes the very CPU the answers need.
   */
  constructor(private readonly busy: () => boolean = () => false) {}

  /**
   * The picture of `result`, or null when there are no events, the bot or the worker is too
   * busy, or the worker failed.
   */
  async draw(result: TimelineResult): Promise<Buffer | null> {
    if (result.events.length === 0) return null;
    const key = JSON.stringify([result.events.slice(0, PICTURE_EVENTS), result.events.length]);
    const known = this.#kept.get(key);
    if (known) return known;
    if (this.#pending.size >= MAX_PENDING_PICTURES || this.busy()) return null;
    if (!this.#worker && performance.now() - this.#diedAt < RESTART_AFTER_MS) return null;
    const png = await this.#request(result);
    if (png) {
      this.#kept.set(key, png);
      if (this.#kept.size > KEPT) this.#kept.delete(this.#kept.keys().next().value!);
    }
    return png;
  }

  /** Starts the worker now, so the first picture does not wait for it to load. */
  start(): void {
    try {
      this.#start();
    } catch {
      // Drawn without a worker is not drawn at all: answers go without pictures (see draw).
      this.#diedAt = performance.now();
    }
  }

  /** Stops the worker; pictures still pending resolve to null. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#fail();
    await worker?.terminate();
  }

  #request(result: TimelineResult): Promise<Buffer | null> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      try {
        this.#start().postMessage({ id, result } satisfies PictureRequest);
      } catch {
        this.#pending.delete(id);
        this.#diedAt = performance.now();
        resolve(null);
      }
    });
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = startWorker();
    worker.unref();
    worker.on("message", (reply: PictureReply) => {
      const resolve = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      resolve?.("png" in reply ? Buffer.from(reply.png) : null);
    });
    const lost = (): void => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#diedAt = performance.now();
      this.#fail();
    };
    worker.on("error", lost);
    worker.on("exit", lost);
    this.#worker = worker;
    return worker;
  }

  #fail(): void {
    for (const resolve of this.#pending.values()) resolve(null);
    this.#pending.clear();
  }
}

/**
 * Starts the picture worker, which runs the same kind of file as this one. The sources run as
 * TypeScript under tsx (there is no build step), and a worker thread does not inherit tsx's
 * loader, so a small script registers it in the worker before importing the worker module.
 */
function startWorker(): Worker {
  const extension = path.extname(fileURLToPath(import.meta.url));
  const url = new URL(`./pictureWorker${extension}`, import.meta.url);
  if (extension !== ".ts") return new Worker(url);
  const tsx = tsxApi();
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true });
}

/**
 * tsx's ESM API module: through `import.meta.resolve` where the runtime has it, else through
 * `require`'s resolution (vitest's module runner has no `import.meta.resolve`), which names the
 * CommonJS build; its ESM twin beside it is the one a worker can register.
 */
function tsxApi(): string {
  if (typeof import.meta.resolve === "function") return import.meta.resolve("tsx/esm/api");
  const commonJs = createRequire(import.meta.url).resolve("tsx/esm/api");
  const esm = commonJs.replace(/\.cjs$/u, ".mjs");
  return pathToFileURL(existsSync(esm) ? esm : commonJs).href;
}
