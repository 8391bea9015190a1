import type { FaultSpec, JsonObject } from "./types.js";

/** What the stand-in answers instead of the real response. */
export interface FaultResponse {
  readonly status: 500 | 429;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: JsonObject;
}

interface Pending {
  readonly spec: FaultSpec;
  remaining: number;
}

/** Queue of injected failures; each request consumes at most one, oldest spec first. */
export class FaultInjector {
  readonly #pending: Pending[] = [];

  /** Makes the next `spec.count` (default 1) requests matching `spec.match` fail. */
  add(spec: FaultSpec): void {
    this.#pending.push({ spec, remaining: spec.count ?? 1 });
  }

  /** Forgets the faults not yet used. */
  clear(): void {
    this.#pending.length = 0;
  }

  /** The failure for this request, if one is due. */
  take(method: string, path: string): FaultResponse | "hang" | undefined {
    const index = this.#pending.findIndex((p) => p.spec.match?.({ method, path }) ?? true);
    const pending = this.#pending[index];
    if (!pending) return undefined;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.#pending.splice(index, 1);
    if (pending.spec.status === "hang") return "hang";
    return pending.spec.status === 500 ? serverError() : rateLimited(pending.spec, path);
  }
}

function serverError(): FaultResponse {
  return { status: 500, headers: {}, body: { message: "500: Internal Server Error", code: 0 } };
}

/** A 429 the way Discord sends it: body `retry_after` (seconds, float) plus the rate-limit headers. */
function rateLimited(spec: FaultSpec, path: string): FaultResponse {
  const retryAfter = spec.retryAfter ?? 0.05;
  const global = spec.global === true;
  const header =
    spec.headerRounding === "ceil" ? String(Math.ceil(retryAfter)) : String(retryAfter);
  const headers: Record<string, string> = {
    "retry-after": header,
    "x-ratelimit-scope": global ? "global" : "user",
    ...(global
      ? { "x-ratelimit-global": "true" }
      : {
          "x-ratelimit-limit": "5",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": ((Date.now() + retryAfter * 1000) / 1000).toFixed(3),
          "x-ratelimit-reset-after": retryAfter.toFixed(3),
          "x-ratelimit-bucket": bucketFor(path),
        }),
  };
  return {
    status: 429,
    headers,
    body: { message: "You are being rate limited.", retry_after: retryAfter, global },
  };
}

/** A stable opaque bucket hash per route shape, like Discord's `x-ratelimit-bucket`. */
export function bucketFor(path: string): string {
  const shape = path
    .replace(/\d{17,20}/g, ":id")
    .replace(/\/webhooks\/:id\/[^/]+/, "/webhooks/:id/:token");
  return Buffer.from(shape).toString("hex").slice(0, 32);
}
