import { sourcesOrder, type SourcesResult } from "../../commands/sources.js";
import { renderSourcesText } from "../render/sourcesText.js";

/** Articles a page of the console's `/sources` lists (a screenful, with the hint below). */
export const SOURCES_PAGE_SIZE = 20;

/** What the console answers `/next` with when no listing is being paged. */
export const NOTHING_NEXT = "Nothing to continue: /next shows the next page of /sources.";

/**
 * The console's `/sources`, a page at a time: at BBC News size it was 2,064 articles at once,
 * which scrolled everything before it off the screen. The first page ends with where it stands
 * and how to go on (`/next`), as Discord pages the list with buttons. Only the line just before
 * counts, as for follow-ups: any other line in between ends the listing.
 */
export class SourcePages {
  #result: SourcesResult | null = null;
  #shown = 0;

  /** The first page of `result`, which `/next` then continues. */
  first(result: SourcesResult): string {
    this.#result = result;
    this.#shown = 0;
    return this.next();
  }

  /** The next page of the listing, or {@link NOTHING_NEXT}. */
  next(): string {
    const result = this.#result;
    if (!result || this.#shown >= result.articles.length) {
      this.#result = null;
      return result && result.articles.length === 0 ? renderSourcesText(result) : NOTHING_NEXT;
    }
    const from = this.#shown;
    const total = result.articles.length;
    const to = Math.min(total, from + SOURCES_PAGE_SIZE);
    this.#shown = to;
    const page = renderSourcesText({ articles: result.articles.slice(from, to) });
    if (total <= SOURCES_PAGE_SIZE) return page;
    const left = total - to;
    const where = `Articles ${from + 1}–${to} of ${total}, ${sourcesOrder(result)}.`;
    const hint =
      left > 0
        ? ` Type /next for the next ${Math.min(left, SOURCES_PAGE_SIZE)}; \`newsdesk sources\` lists them all.`
        : " That is the last of them.";
    return `${page}\n\n${where}${hint}`;
  }

  /** A line other than `/next`: the listing ends. */
  end(): void {
    this.#result = null;
  }
}
