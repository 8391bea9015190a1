/**
 * The words a how-much question measures with, and the units an amount states it in: one list
 * for the choice (`amountFit`) and the short answer (`shortShape`), so the two read a
 * question's measure alike. The words of money too, one list for every check that reads them
 * (`amountFit`, `missingFact`, `whatAsked`, `questionKind`).
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

/** A family of the words a question asks a sum with (see {@link MONEY_FAMILIES}). */
type MoneyFamily = "lost" | "earned" | "paid" | "raised" | "owed";

/**
 * How a check reads a money word: `asks`, a how-much question with it asks a sum of money
 * (`amountFit`); a {@link MoneyFamily}; `price`, "how much did X <word>" asks a price
 * ({@link PRICE_ASKED}); `trade`, a clause with it ties a sum to a trade ({@link TRADE});
 * `figure`, a "what" question with it asks an amount (`whatAsked`); `kind`, "what's the <word>"
 * asks how much (`questionKind`).
 */
type MoneyReading = "asks" | "price" | "trade" | "figure" | "kind" | MoneyFamily;

/**
 * The words of money, one list for every check that reads money in a question or a clause:
 * each form (an alternation of words), with the readings it takes part in. Forms of one word
 * can differ ("sales" is a figure, "sale" only a trade; "takings" is a figure, "taking" is
 * not): each check reads exactly the words it was tuned with.
 */
const MONEY_WORDS: ReadonlyArray<readonly [string, readonly MoneyReading[]]> = [
  ["money|cash|make|made", ["asks"]],
  ["lose|lost", ["asks", "lost"]],
  ["loses|losing", ["lost"]],
  ["loss|losses|deficit", ["asks", "lost", "figure", "kind"]],
  ["earn|earned", ["asks", "earned", "price", "trade"]],
  ["earns", ["asks", "earned", "trade"]],
  ["earning", ["trade"]],
  ["earnings", ["asks", "earned", "trade", "figure", "kind"]],
  ["profit|profits|revenue|revenues", ["asks", "earned", "figure", "kind"]],
  ["turnover", ["earned", "figure", "kind"]],
  ["taking", ["asks", "earned"]],
  ["takings", ["asks", "earned", "figure"]],
  ["pay|paid|spend|spent|costs", ["asks", "paid", "price", "trade"]],
  ["cost", ["asks", "paid", "price", "trade", "figure", "kind"]],
  ["pays|paying|payment|payments|spending|costing|prices|priced", ["paid", "trade"]],
  ["pricing", ["trade"]],
  ["price|budget", ["asks", "paid", "trade", "figure", "kind"]],
  ["fee", ["trade", "figure", "kind"]],
  ["fees", ["trade"]],
  ["salary", ["asks", "figure", "kind"]],
  ["wage", ["figure"]],
  ["fine", ["asks", "kind"]],
  ["fined", ["asks"]],
  ["bill", ["kind"]],
  ["raise|raised", ["asks", "raised", "price", "trade"]],
  ["raises", ["asks", "raised", "trade"]],
  ["raising", ["raised", "trade"]],
  ["owe|owes|owed", ["asks", "owed"]],
  ["owing|debts", ["owed"]],
  ["debt", ["asks", "owed", "figure", "kind"]],
  ["surplus", ["figure", "kind"]],
  ["sell|sold|offer|offered", ["asks", "trade"]],
  ["sell for|sold for", ["price"]],
  [
    "sells|sale|offers|buys|buying|fetches|charges|charging|purchase|purchases|purchased|acquire|acquires|acquired|acquisition|deal|bid|takeover",
    ["trade"],
  ],
  ["buy|bought|fetch|fetched|charge|charged", ["price", "trade"]],
  ["sales", ["trade", "figure", "kind"]],
  ["worth", ["asks", "price", "trade", "figure", "kind"]],
  ["value", ["asks", "trade", "figure", "kind"]],
  ["valued", ["trade", "figure"]],
  ["values", ["trade"]],
  ["valuation|sum", ["trade", "kind"]],
];

/** The money words that take part in `reading`, as one alternation. */
const moneyWords = (reading: MoneyReading): string =>
  MONEY_WORDS.filter(([, readings]) => readings.includes(reading))
    .map(([words]) => words)
    .join("|");

/** A how-much question asking a sum of money: what was paid, lost, earned, owed or spent. */
export const ASKS_MONEY = new RegExp(`\\b(?:${moneyWords("asks")})\\b`, "iu");

/**
 * Families of the words a question asks a sum with: money stated in a clause of the same
 * family is the sum asked ("posted a record loss of 68m euros" for "how much did dortmund
 * lose"); money in another clause is another sum of the story ("reduce wage costs by $500m").
 */
export const MONEY_FAMILIES: readonly RegExp[] = (
  ["lost", "earned", "paid", "raised", "owed"] as const
).map((family) => new RegExp(`\\b(?:${moneyWords(family)})\\b`, "iu"));

/** "How much did X pay, spend, fetch…": the answer is a sum of money (or a share of one). */
export const PRICE_ASKED = new RegExp(
  `\\bhow much (?:[\\p{L}'’-]+\\s+){0,4}?(?:${moneyWords("price")})\\b`,
  "iu",
);

/**
 * Words of a trade: a sum the clause ties to none of them was not paid ("Mr Gates pledged
 * $750m of his own money to support the cause" is no price of Giant).
 */
export const TRADE = new RegExp(`\\b(?:${moneyWords("trade")})\\b`, "iu");

/** Nouns of a sum of money, as an alternation: a "what" question with one asks an amount. */
export const MONEY_FIGURES = moneyWords("figure");

/** Nouns of a sum of money, as an alternation: "what's the <noun>" asks how much. */
export const MONEY_KIND_NOUNS = moneyWords("kind");
