/**
 * The words a how-much question measures with, and the units an amount states it in: one list
 * for the choice (`amountFit`) and the short answer (`shortShape`), so the two read a
 * question's measure alike.
 */

/** Units of length, as a regular-expression alternation. */
const DISTANCE_UNITS = "km|miles?|metres?|meters?|m|yards?|feet|ft";

/** A how-much question asking a distance: "how far", "how close", "how long is", "distance". */
export const ASKS_DISTANCE = /\bhow (?:far|close|long is)\b|\bdistance\b/iu;

/** A unit of length. */
export const DISTANCE_UNIT = new RegExp(`\\b(?:${DISTANCE_UNITS})\\b`, "iu");

/** An amount stating a distance: a number and a unit of length ("3km", "5 miles"). */
export const IS_DISTANCE = new RegExp(`\\d\\s?(?:${DISTANCE_UNITS})\\b`, "iu");

/** Words of a share of a whole, as a regular-expression alternation. */
const SHARE_WORDS = "percent|percentage|proportion|chunk|stake|rates?";

/**
 * A how-much question asking a share of a whole, for the choice (`amountFit`): "what
 * proportion", "what stake", "what share of". "share" counts only before "of" here, unlike in
 * {@link ASKS_PERCENT}: "how much per share did the bidder offer" asks a price, and taking a
 * bare "share" moved which sentences a dev question cites.
 */
export const ASKS_SHARE = new RegExp(`\\b(?:${SHARE_WORDS}|share of)\\b`, "iu");

/**
 * A how-much question asking a percentage, for the short answer (`shortShape`): a share
 * ("share" alone counts), or how far something moved ("rose", "fell", "up").
 */
export const ASKS_PERCENT = new RegExp(
  `\\b(?:${SHARE_WORDS}|share|rise|rising|rose|raised?|increased?|grow|grew|growth|up|fall|fell|falling|drop|dropped|down)\\b`,
  "iu",
);
