import { escapeMarkdown } from "discord.js";

/**
 * Makes corpus text or user input safe to show in Discord: Markdown is escaped so it shows as
 * typed, and mention syntax is broken with a zero-width space so it can never ping (the
 * allowed-mentions setting already forbids pings; this keeps the text from even looking like
 * one).
 */
export function safeText(text: string): string {
  return defuseMentions(escapeMarkdown(withoutControls(text)));
}

/**
 * For messages Newsdesk writes around user input (error messages): mentions defused and
 * Markdown escaped, except inline code, which those messages use to name options.
 */
export function safeMessage(text: string): string {
  return defuseMentions(escapeMarkdown(withoutControls(text), { inlineCode: false }));
}

/** Breaks `@everyone`, `@here` and `<@id>`-style mentions with a zero-width space. */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/giu, "@\u200B$1")
    .replace(/<(@[!&]?|#)(\d+)>/gu, "<\u200B$1$2>");
}

function withoutControls(text: string): string {
  // Control characters (other than tab and newlines) have no place in a message.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, "");
}
