/** Told, privately, to a user whose interaction the bot sheds because it is overloaded. */
export const BUSY = "Newsdesk is busy right now: please try again in a moment.";
