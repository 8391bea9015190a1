import { nextSnowflake } from "./snowflake.js";
import type { Json, JsonObject } from "./types.js";

/** What a message needs to know about the interaction it answers. */
export interface MessageOrigin {
  readonly applicationId: string;
  readonly botUser: JsonObject;
  readonly channelId: string;
  readonly guildId?: string | undefined;
  /** `interaction_metadata` of the message (the interaction it answers). */
  readonly interactionMetadata: JsonObject;
}

const messageFields = ["content", "embeds", "components", "flags", "tts", "poll"] as const;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Discord echoes embeds with `type: "rich"` and drops null fields. */
function normaliseEmbeds(embeds: Json | undefined): Json[] {
  if (!Array.isArray(embeds)) return [];
  return embeds.filter(isObject).map((embed) => {
    const kept = Object.fromEntries(Object.entries(embed).filter(([, v]) => v !== null));
    return { type: "rich", content_scan_version: 0, ...kept };
  });
}

/** Attachment objects for the uploaded files, as Discord returns them. */
function attachmentObjects(body: JsonObject, count: number, channelId: string): Json[] {
  const described = Array.isArray(body["attachments"]) ? body["attachments"].filter(isObject) : [];
  return Array.from({ length: count }, (_, i) => {
    const id = nextSnowflake();
    const filename = String(described[i]?.["filename"] ?? `file${i}`);
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${filename}`;
    return { id, filename, size: 0, url, proxy_url: url, content_type: "application/octet-stream" };
  });
}

/**
 * A message object as Discord returns it for an interaction response or follow-up, built from the
 * request body the bot sent (`content`, `embeds`, `components`, `flags`, files).
 */
export function createMessage(
  origin: MessageOrigin,
  body: Json | undefined,
  files: number,
  type = 20,
): JsonObject {
  const data = isObject(body) ? body : {};
  const flags = typeof data["flags"] === "number" ? data["flags"] & (64 | 4 | 4096 | 32768) : 0;
  return {
    id: nextSnowflake(),
    type,
    content: typeof data["content"] === "string" ? data["content"] : "",
    channel_id: origin.channelId,
    author: origin.botUser,
    attachments: attachmentObjects(data, files, origin.channelId),
    embeds: normaliseEmbeds(data["embeds"]),
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: data["tts"] === true,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags,
    components: Array.isArray(data["components"]) ? data["components"] : [],
    application_id: origin.applicationId,
    webhook_id: origin.applicationId,
    interaction_metadata: origin.interactionMetadata,
    ...(origin.guildId === undefined ? {} : { guild_id: origin.guildId }),
  };
}

/** The message after a PATCH: the given fields replace the old ones; `edited_timestamp` is set. */
export function editMessage(
  message: JsonObject,
  body: Json | undefined,
  files: number,
): JsonObject {
  const data = isObject(body) ? body : {};
  const next: JsonObject = { ...message, edited_timestamp: new Date().toISOString() };
  const oldFlags = typeof message["flags"] === "number" ? message["flags"] : 0;
  for (const field of messageFields) {
    const value = data[field];
    if (value === undefined) continue;
    if (field === "embeds") next[field] = normaliseEmbeds(value);
    else if (field === "flags")
      next[field] = (typeof value === "number" ? value : 0) | (oldFlags & 64);
    else next[field] = value ?? (field === "content" ? "" : []);
  }
  if (files > 0 || Array.isArray(data["attachments"])) {
    const channelId = typeof message["channel_id"] === "string" ? message["channel_id"] : "0";
    next["attachments"] = attachmentObjects(data, files, channelId);
  }
  // A deferred response's placeholder stops "thinking" once edited.
  if (typeof next["flags"] === "number") next["flags"] &= ~128;
  return next;
}
