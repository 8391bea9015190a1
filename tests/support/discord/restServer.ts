import type { IncomingMessage, ServerResponse } from "node:http";
import { bucketFor } from "./faults.js";
import type { FaultInjector } from "./faults.js";
import type { InteractionStore } from "./interactionStore.js";
import type { OpenApiCheck } from "./openApiCheck.js";
import { readBody } from "./readBody.js";
import type { ParsedBody } from "./readBody.js";
import { discordError } from "./restTypes.js";
import type { RestAnswer, RestRoute } from "./restTypes.js";
import type { Json, RecordedRequest } from "./types.js";
import type { WaitableLog } from "./waiters.js";

/** What the REST handler works with. */
export interface RestDeps {
  readonly token: string;
  readonly routes: readonly RestRoute[];
  readonly faults: FaultInjector;
  readonly openApi: OpenApiCheck;
  readonly interactions: InteractionStore;
  readonly log: WaitableLog<RecordedRequest>;
}

const interactionPath = /^\/(?:interactions\/(\d+)\/([^/]+)\/callback|webhooks\/\d+\/([^/]+))/;

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined)
      out[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** discord.js percent-encodes `@original` as `%40original`; Discord decodes each segment. */
function decodePath(raw: string): string {
  return raw
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}

/** Headers every successful Discord answer carries; generous so discord.js never waits on them. */
function okHeaders(path: string): Record<string, string> {
  const resetAfter = 1;
  return {
    "x-ratelimit-limit": "5",
    "x-ratelimit-remaining": "4",
    "x-ratelimit-reset": ((Date.now() + resetAfter * 1000) / 1000).toFixed(3),
    "x-ratelimit-reset-after": resetAfter.toFixed(3),
    "x-ratelimit-bucket": bucketFor(path),
  };
}

function route(
  deps: RestDeps,
  method: string,
  path: string,
  headers: Record<string, string>,
  parsed: ParsedBody,
  query: Record<string, string>,
  receivedAt: number,
): RestAnswer {
  for (const r of deps.routes) {
    if (r.method !== method) continue;
    const match = r.pattern.exec(path);
    if (!match) continue;
    if (r.auth && headers["authorization"] !== `Bot ${deps.token}`)
      return discordError(401, 0, "401: Unauthorized");
    return r.handle(
      { method, path, query, body: parsed.body, attachments: parsed.attachments, receivedAt },
      match.slice(1),
    );
  }
  return discordError(404, 0, "404: Not Found");
}

/**
 * Answers one REST request: strips `/api/v10`, parses the body, checks it against the OpenAPI
 * description, applies injected faults, routes it, and logs it once the answer has been sent.
 */
export async function handleRest(
  deps: RestDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const receivedAt = performance.now();
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const method = (req.method ?? "GET").toUpperCase();
  const versioned = /^\/api\/v(\d+)(\/.*)$/.exec(url.pathname);
  const path = decodePath(versioned?.[2] ?? url.pathname);
  const query = Object.fromEntries(url.searchParams);
  const headers = lowerHeaders(req);
  let parsed: ParsedBody = { body: undefined, attachments: 0 };
  let answer: RestAnswer & {
    headers?: Readonly<Record<string, string>>;
    fault?: 500 | 429 | "hang";
  };
  try {
    parsed = await readBody(req);
  } catch {
    answer = discordError(400, 50109, "The request body contains invalid JSON.");
  }
  const ids = interactionPath.exec(path);
  const state = ids?.[1]
    ? deps.interactions.byId(ids[1])
    : deps.interactions.byToken(ids?.[3] ?? "");
  answer ??= (() => {
    if (versioned?.[1] !== "10") return discordError(404, 0, "404: Not Found");
    deps.openApi.checkRequest(method, path, parsed.body);
    const fault = deps.faults.take(method, path);
    if (fault === "hang") return { status: 0, fault: "hang" as const };
    if (fault)
      return {
        status: fault.status,
        body: fault.body,
        headers: fault.headers,
        fault: fault.status,
      };
    return {
      ...route(deps, method, path, headers, parsed, query, receivedAt),
      headers: okHeaders(path),
    };
  })();
  const record: RecordedRequest = {
    index: deps.log.items.length,
    method,
    path,
    query,
    body: parsed.body,
    attachments: parsed.attachments,
    headers,
    status: answer.status,
    response: answer.body as Json | undefined,
    ...(answer.fault === undefined ? {} : { fault: answer.fault }),
    ...(state ? { interactionId: state.id, interactionToken: state.token } : {}),
    ...(state ? { sinceDispatchMs: Math.round(performance.now() - state.dispatchedAt) } : {}),
  };
  // A hanging request is logged as it arrives and never answered: the socket stays open until
  // the bot gives up or the stand-in closes.
  if (answer.fault === "hang") {
    deps.log.push({ ...record, index: deps.log.items.length });
    return;
  }
  res.on("finish", () => deps.log.push({ ...record, index: deps.log.items.length }));
  const payload = answer.body === undefined ? undefined : JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    ...(answer.headers ?? {}),
    ...(payload === undefined ? {} : { "content-type": "application/json" }),
  });
  res.end(payload);
}
