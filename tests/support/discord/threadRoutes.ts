import { discordError, formError } from "./restTypes.js";
import type { RestAnswer, RestCall, RestRoute } from "./restTypes.js";
import type { GuildFixture, JsonObject } from "./types.js";

/** Thread archive durations Discord accepts, in minutes. */
const ARCHIVE_MINUTES = [60, 1440, 4320, 10080];

/**
 * `POST /channels/{channel}/messages/{message}/threads`: starts a public thread on a message
 * in one of the guilds' text channels, as Discord does: the thread takes the message's id, a
 * message has at most one thread (160004), and the name is 1–100 characters. The threads
 * started are kept in `threads`, by id.
 */
export function threadRoutes(
  guilds: readonly GuildFixture[],
  botUser: JsonObject,
  threads: Map<string, JsonObject>,
): RestRoute[] {
  const start = (call: RestCall, [channelId = "", messageId = ""]: readonly string[]) => {
    const guild = guilds.find((g) => g.channelId === channelId);
    if (!guild) return discordError(404, 10003, "Unknown Channel");
    const body = (call.body ?? {}) as JsonObject;
    const name = body["name"];
    if (typeof name !== "string" || name.length < 1 || name.length > 100)
      return formError("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    const minutes = body["auto_archive_duration"] ?? 1440;
    if (typeof minutes !== "number" || !ARCHIVE_MINUTES.includes(minutes))
      return formError(
        "auto_archive_duration",
        "BASE_TYPE_CHOICES",
        "Value must be one of 60, 1440, 4320, 10080.",
      );
    if (threads.has(messageId))
      return discordError(400, 160004, "A thread has already been created for this message");
    const thread: JsonObject = {
      id: messageId,
      type: 11,
      guild_id: guild.id,
      parent_id: channelId,
      owner_id: String(botUser["id"]),
      name,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: minutes,
        archive_timestamp: new Date().toISOString(),
        locked: false,
        create_timestamp: new Date().toISOString(),
      },
    };
    threads.set(messageId, thread);
    return { status: 201, body: thread } satisfies RestAnswer;
  };
  return [
    {
      method: "POST",
      pattern: /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/,
      auth: true,
      handle: start,
    },
  ];
}
