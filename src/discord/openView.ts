import type { DispatcherDeps } from "./dispatcher.js";
import { isInteractive, viewComponents } from "./render/components.js";
import { NO_MENTIONS, type ReplyPayload } from "./render/reply.js";
import type { DiscordView } from "./render/view.js";

/** A page of a view as a message: its content, its buttons and menus, and no mentions. */
export function viewPage(view: DiscordView, page: number, sid: string | null) {
  const payload: ReplyPayload = view.pages[page] ?? { content: "Nothing to show." };
  return {
    ...payload,
    components: sid === null ? [] : viewComponents(view, sid, page),
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * A page turned to on a message that already carries the view's files (they go up with the
 * first page and stay on the message): the page without them, so nothing is uploaded again.
 */
export function turnedPage(view: DiscordView, page: number, sid: string | null) {
  const message = viewPage(view, page, sid);
  delete message.files;
  return message;
}

/**
 * The first page of a new view for `userId`: a session is opened only when the view has
 * something to press (pages, a reveal, a choice).
 */
export function openView(view: DiscordView, userId: string, deps: DispatcherDeps) {
  const sid = isInteractive(view)
    ? deps.sessions.create({ userId, view: withoutFiles(view) })
    : null;
  return viewPage(view, 0, sid);
}

/**
 * The view as a session keeps it: without its files (a timeline picture is ~100 KB), which go
 * up with the first page and stay on the message, so a turned page never needs them again.
 */
function withoutFiles(view: DiscordView): DiscordView {
  if (!view.pages.some((page) => page.files)) return view;
  return { ...view, pages: view.pages.map(({ files: _files, ...page }) => page) };
}

/** About how many bytes a session's view holds (its text, as JSON, at two bytes a character). */
export function viewBytes(session: { readonly view: DiscordView }): number {
  const { pages, reveal, choose } = session.view;
  return 2 * JSON.stringify([pages, reveal?.payload ?? null, choose?.options ?? null]).length;
}
