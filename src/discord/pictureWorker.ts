/**
 * The worker thread that draws timeline pictures (see `pictures.ts`): drawing one takes tens
 * of milliseconds of CPU, which on the main thread would hold back every other interaction.
 * It draws with the same function as the terminal, so the picture is the same everywhere.
 */
import { parentPort } from "node:worker_threads";
import { timelinePng } from "../render/timelinePicture.js";
import type { TimelineResult } from "../timeline/timeline.js";

/** A request to the worker: draw `result`, answer with `id`. */
export interface PictureRequest {
  readonly id: number;
  readonly result: TimelineResult;
}
/** The worker's answer: the PNG's bytes, or why it could not draw. */
export type PictureReply =
  | { readonly id: number; readonly png: Uint8Array }
  | { readonly id: number; readonly error: string };

parentPort?.on("message", ({ id, result }: PictureRequest) => {
  let reply: PictureReply;
  try {
    const png = timelinePng(result);
    reply = { id, png: new Uint8Array(png) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
