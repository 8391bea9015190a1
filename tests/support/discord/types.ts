/** JSON value as it travels over Discord's REST API and gateway. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object (the shape of almost every Discord payload). */
export type JsonObject = { [key: string]: Json };

/** A guild the stand-in announces with GUILD_CREATE to the shard that owns it. */
export interface GuildFixture {
  readonly id: string;
  readonly name: string;
  /** The text channel interactions default to. */
  readonly channelId: string;
  readonly locale: string;
}

/** One HTTP request the bot made to the stand-in's REST API. */
export interface RecordedRequest {
  /** Position in the log, from 0. */
  readonly index: number;
  readonly method: string;
  /** Path after `/api/v10`, e.g. `/interactions/123/abc/callback`. */
  readonly path: string;
  /** Query parameters as sent (`with_response`, `wait`, …). */
  readonly query: Readonly<Record<string, string>>;
  /** JSON body, or the parsed `payload_json` field of a multipart body; `undefined` without a body. */
  readonly body: Json | undefined;
  /** Number of file parts in a multipart body. */
  readonly attachments: number;
  /** Lower-cased request headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** Status the stand-in answered with. */
  readonly status: number;
  /** Body the stand-in answered with (`undefined` for 204). */
  readonly response: Json | undefined;
  /** Set when the answer came from {@link FaultSpec} injection (`hang`: no answer, status 0). */
  readonly fault?: 500 | 429 | "hang";
  /** Interaction id and token, when the path is an interaction callback or webhook route. */
  readonly interactionId?: string;
  readonly interactionToken?: string;
  /** Milliseconds since the interaction was dispatched (interaction routes only). */
  readonly sinceDispatchMs?: number;
}

/** Make the next `count` requests matching `match` fail. */
export interface FaultSpec {
  /** `hang`: the request is never answered (until the stand-in closes), as a stuck API would. */
  readonly status: 500 | 429 | "hang";
  /** Which requests to fail; defaults to every request. */
  readonly match?: (request: { method: string; path: string }) => boolean;
  /** How many matching requests fail (default 1; `Infinity` allowed). */
  readonly count?: number;
  /** 429 only: seconds to wait, sent as body `retry_after` and the `retry-after` header (default 0.05). */
  readonly retryAfter?: number;
  /** 429 only: a global rate limit (`x-ratelimit-global`, body `global: true`). */
  readonly global?: boolean;
  /**
   * 429 only: Discord rounds the `retry-after` header up to whole seconds; the stand-in sends the
   * exact value unless this is `"ceil"`, so tests stay fast.
   */
  readonly headerRounding?: "exact" | "ceil";
}

/** A request-body violation of Discord's OpenAPI description. */
export interface OpenApiViolation {
  readonly method: string;
  readonly path: string;
  /** The spec's path template that matched, or `null` when no operation matches. */
  readonly template: string | null;
  readonly body: Json | undefined;
  /** ajv messages, `instancePath: message`. */
  readonly errors: readonly string[];
}
