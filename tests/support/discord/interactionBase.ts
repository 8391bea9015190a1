import {
  allPermissions,
  memberPayload,
  memberPermissions,
  textChannelPayload,
  userPayload,
} from "./fixtures.js";
import { nextSnowflake } from "./snowflake.js";
import type { GuildFixture, Json, JsonObject } from "./types.js";

/** Where an interaction happens: a guild channel, the bot's DM, or a DM/group DM between users (user install). */
export type InteractionLocation =
  | {
      readonly kind: "guild";
      readonly guild: GuildFixture;
      readonly channelId?: string;
      /** A thread the stand-in started (`standIn.threads`): the interaction happens in it. */
      readonly thread?: JsonObject;
    }
  | { readonly kind: "dm" }
  | { readonly kind: "privateChannel" };

/** What every interaction payload builder accepts. */
export interface InteractionInit {
  readonly applicationId: string;
  readonly location: InteractionLocation;
  /** The invoking user (default: a fresh user named `reader`). */
  readonly user?: JsonObject;
  /** Who installed the app for this interaction (default: `user` in private channels, else `guild`). */
  readonly install?: "guild" | "user";
  /** The user's client locale (default `en-US`). */
  readonly locale?: string;
  /** `app_permissions` (default: every permission in guilds, DM-safe ones elsewhere). */
  readonly appPermissions?: string;
  /** The member's permissions in the channel (guilds only). */
  readonly memberPermissions?: string;
  /** Entitlements of the user/guild for this app (default none). */
  readonly entitlements?: readonly JsonObject[];
}

/** Interaction `type` values (API v10). */
export const InteractionKind = {
  ApplicationCommand: 2,
  MessageComponent: 3,
  Autocomplete: 4,
} as const;

/** Discord interaction tokens are long opaque url-safe strings. */
function interactionToken(id: string): string {
  const random = Array.from({ length: 6 }, () => Math.random().toString(36).slice(2)).join("");
  return Buffer.from(`interaction:${id}:${random}`).toString("base64url");
}

/** The user who invokes interactions unless a test names another. */
export function defaultInvoker(): JsonObject {
  return userPayload(nextSnowflake(), "reader");
}

/** An entitlement object (e.g. a test-mode or purchased SKU) for {@link InteractionInit.entitlements}. */
export function entitlementPayload(
  applicationId: string,
  userId: string,
  skuId = nextSnowflake(),
): JsonObject {
  return {
    id: nextSnowflake(),
    sku_id: skuId,
    application_id: applicationId,
    user_id: userId,
    type: 4,
    deleted: false,
    starts_at: null,
    ends_at: null,
    consumed: false,
  };
}

/**
 * The fields every interaction carries (id, token, version, channel, member or user, locale,
 * app_permissions, entitlements, authorizing_integration_owners, context), for a given type and data.
 */
export function interactionPayload(
  init: InteractionInit,
  type: number,
  data: JsonObject,
  extra: JsonObject = {},
): JsonObject {
  const id = nextSnowflake();
  const user = init.user ?? defaultInvoker();
  const userId = String(user["id"]);
  const { location } = init;
  const install = init.install ?? (location.kind === "privateChannel" ? "user" : "guild");
  const owners: JsonObject =
    install === "user"
      ? { "1": userId }
      : { "0": location.kind === "guild" ? location.guild.id : "0" };
  const base: JsonObject = {
    id,
    application_id: init.applicationId,
    type,
    data,
    token: interactionToken(id),
    version: 1,
    locale: init.locale ?? "en-US",
    entitlements: [...(init.entitlements ?? [])] as Json[],
    authorizing_integration_owners: owners,
    attachment_size_limit: 10_485_760,
  };
  if (location.kind === "guild") {
    const channelId = location.thread
      ? String(location.thread["id"])
      : (location.channelId ?? location.guild.channelId);
    const channel = location.thread ?? textChannelPayload(channelId, location.guild.id);
    return {
      ...base,
      context: 0,
      guild_id: location.guild.id,
      guild: { id: location.guild.id, locale: location.guild.locale, features: [] },
      guild_locale: location.guild.locale,
      channel_id: channelId,
      channel: { ...channel, permissions: init.memberPermissions ?? memberPermissions },
      member: memberPayload(
        user,
        new Date(0).toISOString(),
        init.memberPermissions ?? memberPermissions,
      ),
      app_permissions: init.appPermissions ?? allPermissions,
      ...extra,
    };
  }
  const channelId = nextSnowflake();
  const channel: JsonObject =
    location.kind === "dm"
      ? { id: channelId, type: 1, flags: 0, last_message_id: null, recipients: [user] }
      : {
          id: channelId,
          type: 1,
          flags: 0,
          last_message_id: null,
          recipients: [userPayload(nextSnowflake(), "friend")],
        };
  return {
    ...base,
    context: location.kind === "dm" ? 1 : 2,
    channel_id: channelId,
    channel,
    user,
    // In DMs the app can only do what any user can there: view, send, embed, attach, history, external emoji.
    app_permissions: init.appPermissions ?? "1115136",
    ...extra,
  };
}
