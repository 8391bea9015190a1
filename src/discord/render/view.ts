import type { ReplyPayload } from "./reply.js";

/**
 * What a command shows in Discord. Several pages get Previous/Next buttons that only the
 * person who asked can press; `reveal` adds a button that shows its payload privately to
 * whoever presses it; `choose` offers a select menu whose choice produces a new view.
 */
export interface DiscordView {
  readonly pages: readonly ReplyPayload[];
  readonly reveal?: { readonly label: string; readonly payload: ReplyPayload };
  readonly choose?: {
    readonly placeholder: string;
    readonly options: ReadonlyArray<{
      readonly label: string;
      readonly value: string;
      readonly description?: string;
    }>;
    readonly pick: (value: string) => DiscordView;
  };
}

/** A view of one page. */
export const single = (payload: ReplyPayload): DiscordView => ({ pages: [payload] });
