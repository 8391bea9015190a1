import { describe, expect, it } from "vitest";
import { QuestionMatcher } from "../../src/answer/scoreSentence.js";
import { storyFocus } from "../../src/answer/storyFocus.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { terms } from "../../src/text/tokens.js";

/** The story measures of an article (title, then paragraphs) for `question`, every term weighing 1. */
function focus(question: string, title: string, ...paragraphs: string[]) {
  const q = understandQuestion(question);
  const matcher = new QuestionMatcher(
    q,
    q.terms.map(() => 1),
  );
  const found = (text: string): Float64Array => {
    const into = new Float64Array(matcher.size);
    matcher.match(terms(text), into);
    return into;
  };
  const subject = q.subject.map((t) => q.terms.indexOf(t));
  return storyFocus(
    matcher,
    { title: found(title), paragraphs: new Map(paragraphs.map((p, i) => [i + 1, found(p)])) },
    subject,
  );
}

describe("storyFocus", () => {
  const question = "how many people were killed at Auschwitz";
  // The story about the camp names it in its headline and lead; the other quotes it in passing.
  const about = focus(
    question,
    "Auschwitz anniversary marked",
    "Survivors gathered at Auschwitz to mark 60 years since the camp was freed.",
    "Between 1.1 and 1.5 million people were killed there.",
  );
  const passing = focus(
    question,
    "Holocaust day plans announced",
    "Schools will hold a day of remembrance in January.",
    "My grandmother was killed at Auschwitz along with a million other people, said one teacher.",
  );

  it("gives the same share of the question to both stories as a whole", () => {
    expect(about.story).toBe(1);
    expect(passing.story).toBe(1);
  });

  it("gives the story that names the subject in its headline and lead the larger headline share", () => {
    expect(about.headline).toBeGreaterThan(passing.headline);
    expect(about.headlineSubject).toBe(1);
    expect(passing.headlineSubject).toBe(0);
  });

  it("reads the lead as the first paragraph, not any other", () => {
    const later = focus(
      question,
      "Remembrance day",
      "Schools will hold a day of remembrance.",
      "Auschwitz was freed 60 years ago.",
    );
    expect(later.headlineSubject).toBe(0);
    expect(later.story).toBeGreaterThan(0);
  });
});
