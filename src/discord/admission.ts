import { MessageFlags, type Interaction } from "discord.js";
import type { Logger } from "../logger.js";
import { ACK_DEADLINE_MS } from "./acknowledge.js";
import { NO_MENTIONS } from "./render/reply.js";
import type { WorkQueue } from "./workQueue.js";

/** Told, privately, to a user whose interaction the bot sheds because it is overloaded. */
export const BUSY = "Newsdesk is busy right now: please try again in a moment.";

/**
 * A command is shed (answered {@link BUSY}) rather than queued when the work queue would make
 * it wait longer than this. Queued commands are acknowledged at once ("thinking…") and answered
 * when their turn comes, which Discord allows for 15 minutes; past half a minute a user is
 * better told at once to try again, and the queue, and the memory it holds, stay bounded.
 */
export const MAX_QUEUE_WAIT_MS = 30_000;
/**
 * When interactions reach the bot this late on average (recent arrivals, smoothed), its main
 * thread is behind with Discord's traffic itself, not only with answers: each command that
 * would cost an acknowledgement, an answer and an edit is answered {@link BUSY} instead (one
 * request, no work) until arrivals are on time again, so none is left to miss the 3 s.
 */
export const ARRIVAL_LAG_SHED_MS = 1500;
/** The most commands queued at once, whatever their estimated cost. */
export const MAX_QUEUED = 2000;
/** Sheds and stale drops are summed up in one log line per this many milliseconds. */
export const SUMMARY_MS = 5000;

/** What to do with an interaction as it arrives. */
export type Admit = "run" | "stale" | "shed";

/**
 * Admission control, decided the moment an interaction arrives: one that is already past
 * Discord's 3 s can no longer be answered and is dropped quietly; a command that would wait too
 * long in the work queue, or that arrives while interactions keep reaching the bot late, is
 * answered {@link BUSY} privately; the rest run (see the dispatcher
 * for when they are acknowledged first). Drops and sheds are
 * counted and logged once per {@link SUMMARY_MS}, not once each.
 */
export class Admission {
  #stale = 0;
  #shed = 0;
  #expired = 0;
  /** How late interactions have been reaching the bot, smoothed over recent arrivals (ms). */
  #arrivalLag = 0;
  #lastArrival = -Infinity;
  #summary: NodeJS.Timeout | undefined;

  constructor(
    private readonly queue: WorkQueue,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Decides, and for a shed command sends the busy reply. */
  admit(interaction: Interaction): Admit {
    const now = this.now();
    const age = now - interaction.createdTimestamp;
    // Smoothed over arrivals, and fading with time (halved each second): a quiet spell after a
    // burst is not an overload.
    const faded = this.#arrivalLag * 0.5 ** (Math.max(0, now - this.#lastArrival) / 1000);
    this.#lastArrival = now;
    this.#arrivalLag = 0.8 * faded + 0.2 * Math.max(0, age);
    if (age >= ACK_DEADLINE_MS) {
      this.#stale += 1;
      this.#scheduleSummary();
      return "stale";
    }
    const busy =
      this.queue.length >= MAX_QUEUED ||
      this.queue.estimatedWaitMs() > MAX_QUEUE_WAIT_MS ||
      this.#arrivalLag > ARRIVAL_LAG_SHED_MS;
    if (!busy || !interaction.isChatInputCommand()) return "run";
    this.#shed += 1;
    this.#scheduleSummary();
    interaction
      .reply({ content: BUSY, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS })
      .catch(() => undefined);
    return "shed";
  }

  /** Counts an interaction whose first response Discord refused as too late (see the dispatcher). */
  expired(): void {
    this.#expired += 1;
    this.#scheduleSummary();
  }

  /** Logs what is counted and not yet logged (also called when the bot stops). */
  flush(): void {
    if (this.#summary) clearTimeout(this.#summary);
    this.#summary = undefined;
    if (this.#stale === 0 && this.#shed === 0 && this.#expired === 0) return;
    this.logger.warn(
      { stale: this.#stale, shed: this.#shed, expired: this.#expired, queued: this.queue.length },
      `overload: ${this.#shed} command(s) answered busy, ${this.#stale} interaction(s) dropped as older than Discord's 3 s, ${this.#expired} refused by Discord as acknowledged too late`,
    );
    this.#stale = 0;
    this.#shed = 0;
    this.#expired = 0;
  }

  #scheduleSummary(): void {
    this.#summary ??= setTimeout(() => this.flush(), SUMMARY_MS);
    this.#summary.unref();
  }
}
