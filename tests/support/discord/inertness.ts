import type { Json, JsonObject, RecordedRequest } from "./types.js";

/**
 * Hostile text that the hostile fixture corpus (`tests/fixtures/hostile/`) and the fuzzed input
 * carry. None of it may reach Discord live; {@link inertnessProblems} looks for each as it
 * would render.
 */
export const HOSTILE = {
  maskedLink: "[free nitro](https://example.com/claim)",
  bareLink: "https://example.com/raw",
  everyone: "@everyone",
  here: "@here",
  user: "<@123456789012345678>",
  role: "<@&123456789012345678>",
  channel: "<#123456789012345678>",
  command: "</ask:123456789012345678>",
  bold: "**bold canary**",
  italic: "*italic canary*",
  underline: "__under canary__",
  strike: "~~strike canary~~",
  spoiler: "||spoiler canary||",
  code: "`code canary`",
  heading: "# heading canary",
  quote: "> quote canary",
  subtext: "-# subtext canary",
  list: "- list canary",
} as const;

/** Canaries that are live only at a line's start, and how they look when live. */
const LINE_START: ReadonlyArray<[string, RegExp]> = [
  ["a block quote", /^[ \t]*>+ ?quote canary/mu],
  ["subtext", /^[ \t]*-# subtext canary/mu],
];

/** Canaries that are live wherever they stand, exactly as written. */
const ANYWHERE = [HOSTILE.bold, HOSTILE.italic, HOSTILE.code];

/** What may be linked: the corpus articles' own URLs (a source's title links to its article). */
export interface InertnessOptions {
  readonly allowedLinks?: readonly string[];
}

const comparable = (url: string): string => {
  try {
    return decodeURI(new URL(url).href);
  } catch {
    return url;
  }
};

/**
 * What in one text field would be live in Discord: mention syntax, a masked or bare link that is
 * not an article's own, unescaped spoiler, strike-through or underline marks, a heading or list
 * at a line's start, inline code in an embed, or a hostile canary as it renders. Empty when the
 * text is inert.
 */
export function textProblems(
  text: string,
  inEmbed: boolean,
  options: InertnessOptions = {},
): string[] {
  const problems: string[] = [];
  const live = (what: string, found: string): void => {
    problems.push(`${what} is live: ${JSON.stringify(found.slice(0, 80))}`);
  };
  const mention = /@(?:everyone|here)|<(?:[@#/]|id:)/iu.exec(text);
  if (mention) live("mention syntax", mention[0]);
  const allowed = new Set((options.allowedLinks ?? []).map(comparable));
  let rest = text;
  for (const link of maskedLinks(text)) {
    if (allowed.has(comparable(link.target))) rest = rest.replace(link.whole, " ");
    else live("a masked link", link.whole);
  }
  // Only from the start of a scheme-like run, so a long run of letters is read once.
  const bare = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/\S*/iu.exec(rest);
  if (bare) live("a link", bare[0]);
  for (const mark of ["||", "~~", "__"])
    if (rest.includes(mark)) live(`“${mark}”`, around(rest, mark));
  const start = /^[ \t]{0,3}(?:#{1,3} |[-*] |\d+\. )\S.*/mu.exec(text);
  if (start) live("a heading or list", start[0]);
  if (inEmbed && /(?<!\\)`/u.test(text)) live("inline code", around(text, "`"));
  for (const canary of ANYWHERE) if (text.includes(canary)) live("Markdown", canary);
  for (const [what, pattern] of LINE_START) {
    const found = pattern.exec(text);
    if (found) live(what, found[0]);
  }
  return problems;
}

/** Whether the character at `i` is escaped: an odd number of backslashes stands before it. */
function escapedAt(text: string, i: number): boolean {
  let n = 0;
  while (i - n - 1 >= 0 && text[i - n - 1] === "\\") n++;
  return n % 2 === 1;
}

/**
 * The masked links of a text: an unescaped `](target)` and the nearest unescaped `[` before it
 * on its line. Found from the `](` end, so text full of escaped brackets is read in one pass.
 */
function maskedLinks(text: string): Array<{ whole: string; target: string }> {
  const links: Array<{ whole: string; target: string }> = [];
  for (const m of text.matchAll(/\]\(([^)\s]*)\)/gu)) {
    if (escapedAt(text, m.index)) continue;
    for (let i = m.index - 1; i >= 0 && text[i] !== "\n"; i--) {
      if (text[i] === "[" && !escapedAt(text, i)) {
        links.push({ whole: text.slice(i, m.index + m[0].length), target: m[1] ?? "" });
        break;
      }
    }
  }
  return links;
}

function around(text: string, mark: string): string {
  const i = text.indexOf(mark);
  return text.slice(Math.max(0, i - 30), i + 30);
}

/** The text fields of an embed the bot sent. */
export type Embed = {
  title?: string;
  description?: string;
  footer?: { text?: string };
  author?: { name?: string };
  fields?: Array<{ name?: string; value?: string }>;
};

/**
 * What is not inert in a message body the bot sent (a callback's `data`, an edit, a follow-up):
 * allowed mentions must be present and empty, and every text field inert (see
 * {@link textProblems}).
 */
export function inertnessProblems(message: JsonObject, options: InertnessOptions = {}): string[] {
  const problems: string[] = [];
  const mentions = message["allowed_mentions"];
  const parse = isObject(mentions) ? mentions["parse"] : undefined;
  if (
    !isObject(mentions) ||
    !Array.isArray(parse) ||
    parse.length > 0 ||
    (Array.isArray(mentions["users"]) && mentions["users"].length > 0) ||
    (Array.isArray(mentions["roles"]) && mentions["roles"].length > 0)
  )
    problems.push(`allowed_mentions is ${JSON.stringify(mentions)}`);
  const field = (where: string, text: unknown, inEmbed: boolean): void => {
    if (typeof text !== "string") return;
    problems.push(...textProblems(text, inEmbed, options).map((p) => `${where}: ${p}`));
  };
  field("content", message["content"], false);
  const embeds = (Array.isArray(message["embeds"]) ? message["embeds"] : []) as Embed[];
  for (const [i, e] of embeds.entries()) {
    field(`embed ${i} title`, e.title, true);
    field(`embed ${i} description`, e.description, true);
    field(`embed ${i} footer`, e.footer?.text, true);
    field(`embed ${i} author`, e.author?.name, true);
    for (const [j, f] of (e.fields ?? []).entries()) {
      field(`embed ${i} field ${j} name`, f.name, true);
      field(`embed ${i} field ${j} value`, f.value, true);
    }
  }
  return problems;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The message bodies among the requests the bot sent: interaction replies and page turns
 * (callbacks of type 4 and 7), deferred answers and edits (`PATCH …/messages/…`), follow-ups
 * (`POST /webhooks/…`) and channel messages.
 */
export function sentMessages(
  requests: readonly RecordedRequest[],
): Array<{ request: RecordedRequest; message: JsonObject }> {
  return requests.flatMap((request) => {
    const body = request.body;
    if (!isObject(body)) return [];
    if (request.path.endsWith("/callback")) {
      const type = body["type"];
      const data = body["data"];
      return (type === 4 || type === 7) && isObject(data) ? [{ request, message: data }] : [];
    }
    const carries =
      (request.method === "PATCH" && /\/messages\//u.test(request.path)) ||
      (request.method === "POST" &&
        /^\/(?:webhooks|channels)\/\d+\/[^/]+(?:\/messages)?$/u.test(request.path));
    return carries ? [{ request, message: body }] : [];
  });
}

/** Every problem of every message in `requests`, each naming the request. */
export function requestsInertnessProblems(
  requests: readonly RecordedRequest[],
  options: InertnessOptions = {},
): string[] {
  return sentMessages(requests).flatMap(({ request, message }) =>
    inertnessProblems(message, options).map((p) => `${request.method} ${request.path}: ${p}`),
  );
}
