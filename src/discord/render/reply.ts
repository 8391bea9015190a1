import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from "discord.js";

/** What a command's Discord renderer produces; the dispatcher adds flags and allowed mentions. */
export interface ReplyPayload {
  readonly content?: string;
  readonly embeds?: APIEmbed[];
  readonly components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  readonly files?: Array<{ attachment: Buffer; name: string; description?: string }>;
}

/** No pings, ever: not users, roles, everyone, nor the replied-to user. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;
