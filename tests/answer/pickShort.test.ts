import { describe, expect, it } from "vitest";
import { answerSpans } from "../../src/answer/answerSpans.js";
import { pickShort } from "../../src/answer/pickShort.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";

/** The short answer `pickShort` takes from `sentence` for `question`. */
function shortOf(question: string, sentence: string): string | undefined {
  const q = understandQuestion(question);
  const spans = answerSpans(sentence, q.kind, q.asked);
  const span = pickShort(q.kind, sentence, spans, new Set(q.terms.map((t) => t.term)));
  return span && sentence.slice(span.start, span.end);
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
