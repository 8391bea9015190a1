/**
 * The way a how-much question asks a figure to move ("how much did the shares rise"), and
 * whether the clause of an amount moves it that way: "sold 19.6 million shares" says nothing
 * of a rise, and "fell $12.33" moves the other way.
 */

/** Words of a figure going up, as verbs of the question or the clause. */
const UP =
  /\b(?:rise|rises|rising|rose|risen|go(?:ne|es|ing)? up|went up|increas\w*|grow|grows|growing|grew|grown|growth|jump\w*|climb\w*|soar\w*|surg\w*|rais\w*|higher)\b/iu;
/** Words of a figure going down. */
const DOWN =
  /\b(?:fall|falls|falling|fell|fallen|go(?:ne|es|ing)? down|went down|drop\w*|decreas\w*|declin\w*|slump\w*|slid\w*|slide|tumbl\w*|plung\w*|shr[iau]nk\w*|lower)\b/iu;

/** The way a question asks a figure to move: up, down, or null when it asks no movement. */
export function movementAsked(question: string): "up" | "down" | null {
  const up = UP.test(question);
  const down = DOWN.test(question);
  if (up === down) return null;
  return up ? "up" : "down";
}

/**
 * Whether `clause` moves a figure the way asked (`way`, from {@link movementAsked}): a figure
 * in a clause without such a word is some other amount of the same story.
 */
export function movesAsked(way: "up" | "down", clause: string): boolean {
  return (way === "up" ? UP : DOWN).test(clause);
}
