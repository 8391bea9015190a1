import { currentUserPayload } from "./fixtures.js";
import { nextSnowflake } from "./snowflake.js";
import { formError } from "./restTypes.js";
import type { RestAnswer, RestCall, RestRoute } from "./restTypes.js";
import type { Json, JsonObject } from "./types.js";

/** What the application routes need to know about the stand-in. */
export interface AppRouteContext {
  readonly application: JsonObject;
  readonly botUser: JsonObject;
  readonly gatewayUrl: string;
  /** Shards `/gateway/bot` recommends. */
  readonly shards: number;
  /** `session_start_limit.max_concurrency`: shards that may IDENTIFY at once. */
  readonly maxConcurrency: number;
  /** Registered commands by scope: `global` or a guild id. */
  readonly commands: Map<string, JsonObject[]>;
}

/** A registered command as Discord echoes it: the request plus id, application_id, version and defaults. */
function registered(
  ctx: AppRouteContext,
  scope: string,
  command: JsonObject,
  previous: JsonObject[],
): JsonObject {
  const type = typeof command["type"] === "number" ? command["type"] : 1;
  const same = previous.find((c) => c["name"] === command["name"] && c["type"] === type);
  const perms = command["default_member_permissions"];
  return {
    name_localizations: null,
    description_localizations: null,
    contexts: null,
    nsfw: false,
    ...command,
    id: typeof same?.["id"] === "string" ? same["id"] : nextSnowflake(),
    application_id: String(ctx.application["id"]),
    version: nextSnowflake(),
    type,
    description: typeof command["description"] === "string" ? command["description"] : "",
    default_member_permissions: perms === undefined || perms === null ? null : String(perms),
    integration_types: Array.isArray(command["integration_types"])
      ? command["integration_types"]
      : [0],
    ...(scope === "global" ? {} : { guild_id: scope }),
  };
}

function isCommand(value: Json): value is JsonObject {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof value["name"] === "string"
  );
}

function overwrite(ctx: AppRouteContext, scope: string, call: RestCall): RestAnswer {
  if (!Array.isArray(call.body) || !call.body.every(isCommand)) {
    return formError("_root", "BASE_TYPE_ARRAY", "Expected an array of application commands.");
  }
  const previous = ctx.commands.get(scope) ?? [];
  const next = call.body.map((c) => registered(ctx, scope, c, previous));
  ctx.commands.set(scope, next);
  return { status: 200, body: next };
}

function create(ctx: AppRouteContext, scope: string, call: RestCall): RestAnswer {
  const body = call.body;
  if (body === undefined || !isCommand(body))
    return formError("name", "BASE_TYPE_REQUIRED", "This field is required");
  const previous = ctx.commands.get(scope) ?? [];
  const command = registered(ctx, scope, body, previous);
  ctx.commands.set(scope, [...previous.filter((c) => c["id"] !== command["id"]), command]);
  return { status: previous.some((c) => c["id"] === command["id"]) ? 200 : 201, body: command };
}

/** `/gateway/bot`, `/users/@me`, `/applications/@me` and command registration (global and guild). */
export function appRoutes(ctx: AppRouteContext): RestRoute[] {
  const appId = String(ctx.application["id"]);
  const ownApp = (id: string | undefined): boolean => id === appId;
  const notOwn: RestAnswer = { status: 403, body: { message: "Missing Access", code: 50001 } };
  const scopes: [RegExp, (params: readonly string[]) => string][] = [
    [/^\/applications\/(\d+)\/commands$/, () => "global"],
    [/^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, ([, guildId = ""]) => guildId],
  ];
  return [
    {
      method: "GET",
      pattern: /^\/gateway\/bot$/,
      auth: true,
      handle: () => ({
        status: 200,
        body: {
          url: ctx.gatewayUrl,
          shards: ctx.shards,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 14_400_000,
            max_concurrency: ctx.maxConcurrency,
          },
        },
      }),
    },
    {
      method: "GET",
      pattern: /^\/gateway$/,
      auth: false,
      handle: () => ({ status: 200, body: { url: ctx.gatewayUrl } }),
    },
    {
      method: "GET",
      pattern: /^\/users\/@me$/,
      auth: true,
      handle: () => ({ status: 200, body: currentUserPayload(ctx.botUser) }),
    },
    {
      method: "GET",
      pattern: /^\/applications\/@me$/,
      auth: true,
      handle: () => ({ status: 200, body: ctx.application }),
    },
    ...scopes.flatMap(([pattern, scopeOf]): RestRoute[] => [
      {
        method: "GET",
        pattern,
        auth: true,
        handle: (_call, params) =>
          ownApp(params[0])
            ? { status: 200, body: ctx.commands.get(scopeOf(params)) ?? [] }
            : notOwn,
      },
      {
        method: "PUT",
        pattern,
        auth: true,
        handle: (call, params) =>
          ownApp(params[0]) ? overwrite(ctx, scopeOf(params), call) : notOwn,
      },
      {
        method: "POST",
        pattern,
        auth: true,
        handle: (call, params) => (ownApp(params[0]) ? create(ctx, scopeOf(params), call) : notOwn),
      },
    ]),
  ];
}
