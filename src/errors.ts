/**
 * An error the user can act on: bad input, an unknown name. Its message is shown to them as it
 * is (in Discord, to them alone); every other error is logged and answered with an apology.
 */
export class UserError extends Error {
  override readonly name = "UserError";
}

/** The corpus folder itself cannot be read: start-up stops with this one-line message. */
export class CorpusError extends Error {
  override readonly name = "CorpusError";
}
