import type { Json } from "./types.js";

/** A REST request as the routes see it. */
export interface RestCall {
  readonly method: string;
  /** Path after `/api/v10`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: Json | undefined;
  readonly attachments: number;
  /**
   * `performance.now()` when the request reached the stand-in: deadlines are judged by it, so the
   * stand-in's own work (checking bodies against the OpenAPI description) never counts against
   * the bot.
   */
  readonly receivedAt: number;
}

/** What a route answers. */
export interface RestAnswer {
  readonly status: number;
  readonly body?: Json;
}

/** One REST route: method, path pattern (capturing parameters), whether it needs `Authorization: Bot …`. */
export interface RestRoute {
  readonly method: string;
  readonly pattern: RegExp;
  readonly auth: boolean;
  readonly handle: (call: RestCall, params: readonly string[]) => RestAnswer;
}

/** An error the way Discord shapes it: `{ message, code }` (plus `errors` for form errors). */
export function discordError(
  status: number,
  code: number,
  message: string,
  errors?: Json,
): RestAnswer {
  return { status, body: { message, code, ...(errors === undefined ? {} : { errors }) } };
}

/** `400 Invalid Form Body` with one error on `field`. */
export function formError(field: string, code: string, message: string): RestAnswer {
  return discordError(400, 50035, "Invalid Form Body", {
    [field]: { _errors: [{ code, message }] },
  });
}
