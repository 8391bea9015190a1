import { describe, expect, it } from "vitest";
import { answerSpans } from "../../src/answer/answerSpans.js";
import { pickShort } from "../../src/answer/pickShort.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";

/** The short answer `pickShort` takes from the cited `sentences` (best first) for `question`. */
function shortOf(question: string, ...sentences: string[]): string | undefined {
  const q = understandQuestion(question);
  const options = sentences.map((text, rank) => ({
    text,
    answers: answerSpans(text, q.kind, q.asked),
    rank,
  }));
  const pick = pickShort(q, options);
  return pick && options[pick.option]!.text.slice(pick.span.start, pick.span.end);
}

describe("pickShort", () => {
  it("takes the person, not a name that shares the question's words", () => {
    expect(
      shortOf(
        "who did hewitt beat in the sydney final",
        "Lleyton Hewitt won the Sydney International by beating Ivo Minar in the final.",
      ),
    ).toBe("Ivo Minar");
  });

  it("prefers a person to an organisation for who", () => {
    expect(
      shortOf(
        "who won best urban act",
        "Joss Stone won best urban act at the Brit Awards, ahead of Jamelia.",
      ),
    ).toBe("Joss Stone");
  });

  it("counts the thing asked about, not a percentage or a year", () => {
    expect(
      shortOf(
        "how many net cafes were closed",
        "In 2004, 90% of owners were fined and 12,575 net cafes were closed.",
      ),
    ).toMatch(/^12,575 net cafes/u);
  });
});
