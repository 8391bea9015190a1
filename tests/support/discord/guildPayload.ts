import { memberPayload, memberPermissions, textChannelPayload } from "./fixtures.js";
import { nextSnowflake, snowflakeTime } from "./snowflake.js";
import type { GuildFixture, JsonObject } from "./types.js";

/** Builds a guild fixture with fresh ids unless given. */
export function makeGuild(init: Partial<GuildFixture> = {}): GuildFixture {
  const id = init.id ?? nextSnowflake();
  return {
    id,
    name: init.name ?? "Newsdesk Test Guild",
    channelId: init.channelId ?? nextSnowflake(),
    locale: init.locale ?? "en-US",
  };
}

/** The full GUILD_CREATE payload for a guild the bot is in. */
export function guildCreatePayload(
  guild: GuildFixture,
  botUser: JsonObject,
  ownerId: string,
): JsonObject {
  const joinedAt = snowflakeTime(guild.id);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    system_channel_id: guild.channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    preferred_locale: guild.locale,
    vanity_url_code: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    application_id: null,
    features: [],
    roles: [
      {
        id: guild.id,
        name: "@everyone",
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: memberPermissions,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    soundboard_sounds: [],
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    lazy: true,
    voice_states: [],
    members: [memberPayload(botUser, joinedAt)],
    channels: [textChannelPayload(guild.channelId, guild.id)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    embedded_activities: [],
    activity_instances: [],
    incidents_data: null,
    home_header: null,
    latest_onboarding_question_id: null,
    hub_type: null,
    version: Date.now(),
  };
}
