import type { RESTOptions } from "discord.js";
import type { DiscordConfig } from "../config.js";

/** discord.js REST options for `discord`: its API URL (a proxy or a stand-in) when set. */
export function restOptions(discord: DiscordConfig): Partial<RESTOptions> {
  return discord.apiUrl ? { api: discord.apiUrl } : {};
}
