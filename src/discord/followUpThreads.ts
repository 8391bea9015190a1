import {
  ApplicationIntegrationType,
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  ThreadAutoArchiveDuration,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from "discord.js";
import type { Conversation } from "../answer/askFollowUp.js";
import type { AskedQuestion } from "../answer/followUp.js";
import { UserError } from "../errors.js";
import { safeText } from "./escape.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { NO_MENTIONS } from "./render/reply.js";
import type { DiscordView } from "./render/view.js";
import { SessionStore } from "./sessions.js";

/** How long a follow-up thread remembers its last question: as long as it stays open. */
export const THREAD_TTL_MS = 24 * 60 * 60 * 1000;

/** Most threads remembered at once; past this the oldest are forgotten. */
export const THREAD_LIMIT = 10_000;

/** Thread names: Discord takes 1 to 100 characters. */
const THREAD_NAME_MAX = 100;

/**
 * The threads the bot opened on its answers, each with the last question asked in it: a
 * follow-up there is read against it. Bounded in size and time, like the button sessions.
 */
export function followUpThreads(): SessionStore<AskedQuestion> {
  return new SessionStore<AskedQuestion>(THREAD_TTL_MS, Date.now, THREAD_LIMIT);
}

/** The conversation of a thread the bot opened on an answer; undefined in any other channel. */
export function threadConversation(
  threads: SessionStore<AskedQuestion>,
  channelId: string,
): Conversation | undefined {
  const previous = threads.get(channelId);
  if (!previous) return undefined;
  return { previous, remember: (asked) => threads.put(channelId, asked) };
}

/**
 * The view with its Follow up button only where a thread can be opened on the answer: a
 * server's text channel (not a thread, not a DM) of a server that installed the bot.
 */
export function offerFollowUp(
  view: DiscordView,
  interaction: ChatInputCommandInteraction,
  threads: SessionStore<AskedQuestion>,
): DiscordView {
  if (!view.followUp) return view;
  const guildInstalled =
    interaction.inGuild() &&
    interaction.authorizingIntegrationOwners[ApplicationIntegrationType.GuildInstall] ===
      interaction.guildId;
  const inThread = interaction.channel?.isThread() === true || threads.get(interaction.channelId);
  if (guildInstalled && !inThread) return view;
  const rest = { ...view };
  delete rest.followUp;
  return rest;
}

/**
 * The Follow up button: opens a public thread on the answer, named for its question, where
 * `/ask` is read as a follow-up, and tells whoever pressed it so, privately. An answer has one
 * thread: pressing again points to it.
 */
export async function openFollowUpThread(
  interaction: ButtonInteraction,
  followUp: NonNullable<DiscordView["followUp"]>,
  threads: SessionStore<AskedQuestion>,
): Promise<void> {
  const { message } = interaction;
  let threadId = message.id;
  try {
    const thread = await message.startThread({
      name: truncate(followUp.asked.asked, THREAD_NAME_MAX),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
    threadId = thread.id;
  } catch (error) {
    if (!alreadyOpen(error)) throw cannotOpen(error);
  }
  if (!threads.get(threadId)) threads.put(threadId, followUp.asked);
  // The thread hangs under the answer, so it needs no channel link: replies carry no live
  // mention syntax of any kind.
  const text = `Ask follow-ups with /ask in the thread under this answer: a question such as "why?" there is read as a follow-up to: ${safeText(followUp.asked.asked)}`;
  await interaction.reply({
    content: truncate(text, DISCORD_LIMITS.content),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
}

/** The message already has a thread (pressed twice, or by two people). */
function alreadyOpen(error: unknown): boolean {
  if (error instanceof DiscordAPIError)
    return error.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage;
  return error instanceof Error && "code" in error && error.code === "MessageExistingThread";
}

/** Why a thread could not be opened, for the person who pressed; anything else is ours. */
function cannotOpen(error: unknown): unknown {
  const denied: readonly unknown[] = [
    RESTJSONErrorCodes.MissingPermissions,
    RESTJSONErrorCodes.MissingAccess,
    RESTJSONErrorCodes.CannotExecuteActionOnThisChannelType,
  ];
  if (error instanceof DiscordAPIError && denied.includes(error.code))
    return new UserError(
      "I can't open a thread here (I need the Create Public Threads permission in this channel). Ask again with the whole question instead.",
    );
  return error;
}
