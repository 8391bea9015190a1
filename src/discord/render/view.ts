import type { AskedQuestion } from "../../answer/followUp.js";
import type { ReplyPayload } from "./reply.js";

/**
 * What a command shows in Discord. Several pages get Previous/Next buttons that only the
 * person who asked can press; `reveal` adds a button that shows its payload privately to
 * whoever presses it; `choose` offers a select menu whose choice produces a new view;
 * `followUp` adds a button that opens a thread on the answer, where `/ask` is read as a
 * follow-up to `asked`.
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
  readonly followUp?: { readonly asked: AskedQuestion };
}

/** A view of one page. */
export const single = (payload: ReplyPayload): DiscordView => ({ pages: [payload] });
