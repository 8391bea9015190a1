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
  const question = "how many people were rescued at Korvalla";
  // The story about the pit names it in its headline and lead; the other quotes it in passing.
  const about = focus(
    question,
    "Korvalla rescue marked",
    "Miners gathered at Korvalla to mark ten years since the pit was reopened.",
    "Between 40 and 50 people were rescued there.",
  );
  const passing = focus(
    question,
    "Safety day plans announced",
    "Schools will hold a day of safety lessons in January.",
    "My grandfather was rescued at Korvalla along with forty other people, said one teacher.",
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
      "Safety day",
      "Schools will hold a day of safety lessons.",
      "Korvalla was reopened ten years ago.",
    );
    expect(later.headlineSubject).toBe(0);
    expect(later.story).toBeGreaterThan(0);
  });
});
