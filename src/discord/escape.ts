/**
 * Makes corpus text or user input inert in Discord: it shows as typed and does nothing. Markdown
 * is escaped (headings, lists, block quotes and subtext at a line's start too); every `[` and
 * `]` is escaped, so no masked link (`[free nitro](https://…)`) can form, however many there are
 * (discord.js's own `maskedLink` escape catches only the first of a line); `scheme://` is broken
 * with a zero-width space, so no bare link forms either; and mention syntax is broken the same
 * way, so nothing can even look like a ping (allowed mentions already forbid pings).
 */
export function safeText(text: string): string {
  return inert(text);
}

/**
 * For messages Newsdesk writes around user input (error messages): the same as
 * {@link safeText}, except that an option's name in inline code (`` `from` ``) stays live, which
 * those messages use to name options. The user's own text in them, backticks and all, is inert.
 */
export function safeMessage(text: string): string {
  return inert(text).replace(/\\`([a-z_]{1,32})\\`/gu, "`$1`");
}

function inert(text: string): string {
  return defuseMentions(escapeLineStarts(escapeMarks(defuseLinks(withoutControls(text)))));
}

/**
 * Every character Discord's Markdown gives a meaning to, wherever it stands, gets a backslash
 * (which Discord shows as nothing before punctuation): the text reads as typed. discord.js's
 * `escapeMarkdown` does this more selectively, with lookbehinds that rescan the line before
 * every character: on paragraphs of news it cost a busy bot a tenth of its CPU.
 */
function escapeMarks(text: string): string {
  return text.replace(/[\\*_~|`[\]]/gu, "\\$&");
}

/**
 * Breaks `@everyone`, `@here`, and `<@id>`, `<@&id>`, `<#id>`, `</command:id>` and `<id:…>`
 * with a zero-width space.
 */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/giu, "@\u200B$1").replace(/<(?=[@#/]|id:)/giu, "<\u200B");
}

/** `https://…` (any scheme) cannot become a link once a zero-width space splits `://`. */
function defuseLinks(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*):\/\//giu, "$1:\u200B//");
}

/**
 * What Markdown reads only at a line's start: headings (`#`), bulleted (`-`) and numbered
 * (`1.`) lists, block quotes (`>`, `>>>`) and subtext (`-#`).
 */
function escapeLineStarts(text: string): string {
  return text.replace(/^([ \t]*)(#|>|-(?=#| ))/gmu, "$1\\$2").replace(/^([ \t]*\d+)\./gmu, "$1\\.");
}

/**
 * An article's URL as the target of a Markdown link Newsdesk writes itself: re-serialised, with
 * the characters that could close the link or start another (`()<>[] ` and quotes) percent-
 * encoded. Null when it is not an http(s) URL.
 */
export function linkTarget(url: string): string | null {
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return null;
  }
  if (!/^https?:$/u.test(new URL(href).protocol)) return null;
  return href.replace(
    /[()<>[\]\s"'`]/gu,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

function withoutControls(text: string): string {
  // Control characters (other than tab and newlines) have no place in a message.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, "");
}
