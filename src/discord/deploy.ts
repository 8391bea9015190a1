import { REST, Routes } from "discord.js";
import { COMMANDS } from "../../commands/index.js";
import { ConfigError, loadConfig, type DiscordConfig } from "../config.js";
import { registrationBody } from "./registration.js";
import { restOptions } from "./restOptions.js";

/**
 * Registers every command with Discord: in one server when `guildId` is set (instant, for
 * testing), else globally. Returns a line saying what was done.
 */
export async function deployCommands(discord: DiscordConfig): Promise<string> {
  const rest = new REST(restOptions(discord)).setToken(discord.token);
  const body = registrationBody(COMMANDS);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.clientId, discord.guildId)
    : Routes.applicationCommands(discord.clientId);
  await rest.put(route, { body });
  const names = body.map((c) => `/${c.name}`).join(", ");
  return discord.guildId
    ? `Registered ${names} in server ${discord.guildId}.`
    : `Registered ${names} globally (may take up to an hour to appear).`;
}

if (process.argv[1]?.endsWith("deploy.ts")) {
  try {
    const config = loadConfig();
    if (!config.discord)
      throw new ConfigError("config: DISCORD_TOKEN is required to register commands");
    console.log(await deployCommands(config.discord));
  } catch (error) {
    console.error(
      error instanceof ConfigError
        ? error.message
        : `deploy: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
}
