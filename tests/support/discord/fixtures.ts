import type { JsonObject } from "./types.js";

/** Every permission bit Discord defines today (what an administrator sees), as Discord sends it. */
export const allPermissions = "2251799813685247";
/** What a plain member usually has in a text channel (view, send, embed, attach, history, slash commands…). */
export const memberPermissions = "2248473465835073";

/** A user object as Discord sends it (API v10). */
export function userPayload(id: string, username: string, bot = false): JsonObject {
  return {
    id,
    username,
    avatar: null,
    discriminator: "0",
    public_flags: 0,
    flags: 0,
    global_name: bot ? null : username,
    primary_guild: null,
    avatar_decoration_data: null,
    collectibles: null,
    banner: null,
    accent_color: null,
    ...(bot ? { bot: true } : {}),
  };
}

/** A guild member object; `user` is omitted inside GUILD_CREATE's members when not needed. */
export function memberPayload(
  user: JsonObject,
  joinedAt: string,
  permissions?: string,
): JsonObject {
  return {
    user,
    roles: [],
    nick: null,
    avatar: null,
    banner: null,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
    communication_disabled_until: null,
    unusual_dm_activity_until: null,
    ...(permissions === undefined ? {} : { permissions }),
  };
}

/** A guild text channel object. */
export function textChannelPayload(id: string, guildId: string, name = "general"): JsonObject {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: 0,
    permission_overwrites: [],
  };
}

/** The application object of `GET /applications/@me` (and READY's `application.id`/`flags`). */
export function applicationPayload(
  botUser: JsonObject,
  owner: JsonObject,
  guildCount: number,
): JsonObject {
  return {
    id: botUser["id"] ?? null,
    name: botUser["username"] ?? "bot",
    icon: null,
    description: "",
    summary: "",
    type: null,
    bot: botUser,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: "0".repeat(64),
    // GATEWAY_MESSAGE_CONTENT_LIMITED | APPLICATION_COMMAND_BADGE, as for a typical slash-command bot.
    flags: 8_912_896,
    flags_new: "8912896",
    redirect_uris: [],
    interactions_endpoint_url: null,
    role_connections_verification_url: null,
    owner,
    team: null,
    hook: true,
    is_monetized: false,
    approximate_guild_count: guildCount,
    approximate_user_install_count: 0,
    approximate_user_authorization_count: 0,
    explicit_content_filter: 0,
    eligible_oauth2_scopes: ["applications.commands", "bot"],
    integration_types_config: { "0": {}, "1": {} },
  };
}

/** `GET /users/@me` for a bot: the user plus the private fields Discord adds for the account itself. */
export function currentUserPayload(botUser: JsonObject): JsonObject {
  return { ...botUser, mfa_enabled: false, locale: "en-US", verified: true, email: null };
}
