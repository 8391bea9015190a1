import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPutAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { AnyCommand } from "../../commands/definition.js";

/**
 * The registration body for Discord: every command as a chat-input command with string options,
 * installable to servers and to users, usable in servers, in DMs with the bot and in private
 * channels.
 */
export function registrationBody(
  commands: readonly AnyCommand[],
): RESTPutAPIApplicationCommandsJSONBody {
  return commands.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.description,
    integration_types: [
      ApplicationIntegrationType.GuildInstall,
      ApplicationIntegrationType.UserInstall,
    ],
    contexts: [
      InteractionContextType.Guild,
      InteractionContextType.BotDM,
      InteractionContextType.PrivateChannel,
    ],
    options: command.options.map((option) => ({
      type: ApplicationCommandOptionType.String as const,
      name: option.name,
      description: option.description,
      required: option.required,
      ...(option.minLength !== undefined ? { min_length: option.minLength } : {}),
      ...(option.maxLength !== undefined ? { max_length: option.maxLength } : {}),
      ...(option.autocomplete ? { autocomplete: true } : {}),
    })),
  }));
}
