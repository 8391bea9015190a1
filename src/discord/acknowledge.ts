import type { ChatInputCommandInteraction, InteractionReplyOptions } from "discord.js";

/** Discord drops an interaction that is not acknowledged within 3 s of its creation. */
export const ACK_DEADLINE_MS = 3000;

/**
 * A command not answered this long after the user acted is acknowledged first ("thinking…")
 * and answered by editing that message when the work is done: well inside Discord's 3 s, with
 * room for a busy host to send it.
 */
export const DEFER_AFTER_MS = 1000;

/** A public answer (flags and response options are not for it). */
type Payload = Omit<InteractionReplyOptions, "flags" | "withResponse" | "fetchReply">;

/**
 * The one way a command is answered: directly when the answer is ready in time, otherwise
 * through a "thinking…" acknowledgement sent by a timer at {@link DEFER_AFTER_MS} after the
 * interaction's creation (Discord's clock, from its id). The timer fires between jobs of the
 * work queue, so the acknowledgement goes out even while the bot is far behind; and reply,
 * defer and edit never race, because each waits for the one before it.
 */
export class Acknowledgement {
  #timer: NodeJS.Timeout | undefined;
  #deferring: Promise<unknown> | undefined;
  #answered = false;

  constructor(
    private readonly interaction: ChatInputCommandInteraction,
    deferAfterMs = DEFER_AFTER_MS,
    now: () => number = Date.now,
  ) {
    const due = interaction.createdTimestamp + deferAfterMs - now();
    this.#timer = setTimeout(() => void this.defer().catch(() => undefined), Math.max(0, due));
  }

  /** Whether "thinking…" was (or is being) sent. */
  get deferred(): boolean {
    return this.#deferring !== undefined;
  }

  /** Sends "thinking…" now, unless it was sent or the answer already went. */
  defer(): Promise<unknown> {
    this.#stopTimer();
    if (this.#answered) return Promise.resolve();
    this.#deferring ??= this.interaction.deferReply();
    return this.#deferring;
  }

  /** Sends the answer: the reply itself, or the edit of "thinking…". */
  async send(payload: Payload): Promise<void> {
    this.#stopTimer();
    this.#answered = true;
    if (this.#deferring) {
      await this.#deferring;
      await this.interaction.editReply(payload);
    } else await this.interaction.reply(payload);
  }

  /** Stops the timer and waits for a "thinking…" under way, whatever its outcome. */
  async settle(): Promise<void> {
    this.#stopTimer();
    await this.#deferring?.catch(() => undefined);
  }

  #stopTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
