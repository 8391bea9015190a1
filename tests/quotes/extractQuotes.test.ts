import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { articleFrom } from "./articleFrom.js";

/** [quote text, speaker name, surface, partial] of every quote in `body`. */
function quotes(body: string): [string, string | null, string, boolean][] {
  return extractQuotes(articleFrom("a", body)).map((q) => [
    q.text,
    q.speaker,
    q.speakerSurface,
    q.partial,
  ]);
}

describe("extractQuotes: where the speaker is written", () => {
  it.each([
    [
      "speaker after, verb first",
      "“We will win,” said Jane Smith.",
      ["We will win", "Jane Smith", "Jane Smith", false],
    ],
    [
      "speaker after, verb last",
      "“We will win,” Jane Smith said.",
      ["We will win", "Jane Smith", "Jane Smith", false],
    ],
    [
      "speaker in the middle with an appositive",
      "“We will win,” Jane Smith, a former member of parliament, said.",
      ["We will win", "Jane Smith", "Jane Smith", false],
    ],
    [
      "speaker before with a colon",
      "Jane Smith said: “We will win.”",
      ["We will win.", "Jane Smith", "Jane Smith", false],
    ],
    [
      "speaker before with a comma",
      "Jane Smith told reporters, “We will win.”",
      ["We will win.", "Jane Smith", "Jane Smith", false],
    ],
    [
      "straight marks",
      `"We will win," said Jane Smith.`,
      ["We will win", "Jane Smith", "Jane Smith", false],
    ],
    [
      "newswire '' marks",
      "''We will win,'' Jane Smith said.",
      ["We will win", "Jane Smith", "Jane Smith", false],
    ],
    [
      "a title before the name",
      "“We will win,” said Foreign Minister Jane Smith.",
      ["We will win", "Jane Smith", "Foreign Minister Jane Smith", false],
    ],
    [
      "according to",
      "According to Jane Smith, “we will win.”",
      ["we will win.", "Jane Smith", "Jane Smith", true],
    ],
    [
      "speaker after, with a party label",
      "“We will win,” said Rep. Bobby Scott (D-Va.).",
      ["We will win", "Bobby Scott", "Rep. Bobby Scott", false],
    ],
    [
      "speaker in a credit line",
      "“Nobody listens to us.” ― Sonya Herridge",
      ["Nobody listens to us.", "Sonya Herridge", "Sonya Herridge", false],
    ],
    [
      "main-clause subject of a participle",
      "Hours later, Jane Smith thanked the crowd, calling the result “a new beginning.”",
      ["a new beginning.", "Jane Smith", "Jane Smith", true],
    ],
    [
      "an organisation",
      "Russia’s Ministry of Foreign Affairs said: “We believe in cooperation.”",
      [
        "We believe in cooperation.",
        "Russia’s Ministry of Foreign Affairs",
        "Russia’s Ministry of Foreign Affairs",
        false,
      ],
    ],
  ])("finds the %s", (_name, body, expected) => {
    expect(quotes(body)).toEqual([expected]);
  });
});

describe("extractQuotes: kinds of quote", () => {
  it("reads a quote forming its own paragraph after `X said:`", () => {
    const [q] = extractQuotes(
      articleFrom("a", "In a video, Amir Khan Muttaqi said:\n“This bold move sets an example.”"),
    );
    expect(q).toMatchObject({
      text: "This bold move sets an example.",
      speaker: "Amir Khan Muttaqi",
      partial: false,
      paragraph: 2,
      offset: 0,
    });
    expect(q?.speakerAt).toEqual({ paragraph: 1, start: 12, end: 29 });
    expect(q?.context).toBe(
      "In a video, Amir Khan Muttaqi said: “This bold move sets an example.”",
    );
  });

  it("marks a fragment inside the writer's sentence as partial", () => {
    const [q] = extractQuotes(
      articleFrom(
        "a",
        "Jane Smith described the decision as a “realistic and historic advancement” for both.",
      ),
    );
    expect(q).toMatchObject({
      text: "realistic and historic advancement",
      partial: true,
      speaker: "Jane Smith",
    });
    expect(q?.context).toBe(
      "Jane Smith described the decision as a “realistic and historic advancement” for both.",
    );
  });

  it("lists no single word set in marks inside the writer's sentence, but keeps two", () => {
    expect(
      quotes(
        `Mr Blair said he was "delighted" with the result. ` +
          `Tony Blair said the vote was "clearly historic" for Labour.`,
      ),
    ).toEqual([["clearly historic", "Tony Blair", "Tony Blair", true]]);
    // A one-word piece that goes on a quote after its attribution is kept, joined to it.
    expect(quotes(`"We will win," said Jane Smith, "definitely."`)).toEqual([
      ["We will win, definitely.", "Jane Smith", "Jane Smith", false],
    ]);
  });

  it("does not mark a whole quoted sentence partial when another sentence comes before it", () => {
    const [quote] = extractQuotes(
      articleFrom(
        "a",
        "The results came on Monday. “We are pleased,” said Jane Doe, the chief executive.",
      ),
    );
    expect(quote).toMatchObject({ text: "We are pleased", partial: false, speaker: "Jane Doe" });
  });

  it("joins a quote that runs over several paragraphs into one", () => {
    const [q, ...rest] = extractQuotes(
      articleFrom("a", "Jane Smith said: “The first part.\n“The second part.”"),
    );
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      text: "The first part. The second part.",
      paragraph: 1,
      endParagraph: 2,
      speaker: "Jane Smith",
    });
  });

  it("joins the two halves of a quote split by its attribution", () => {
    expect(quotes("“We will win,” Jane Smith said, “and then we will govern.”")).toEqual([
      ["We will win, and then we will govern.", "Jane Smith", "Jane Smith", false],
    ]);
  });

  it("keeps crediting the same speaker for the next quote with no attribution of its own", () => {
    expect(quotes("“We will win,” said Jane Smith. “Nobody doubts it.”").map((q) => q[1])).toEqual([
      "Jane Smith",
      "Jane Smith",
    ]);
  });

  it("ignores a stray opening mark at the end of a paragraph", () => {
    expect(
      quotes(
        "Engagement may be necessary for the future.“\nThis recognition is likely to catalyse further talks.",
      ),
    ).toEqual([]);
  });

  it("ignores a title inside a sentence even when the sentence has a subject", () => {
    expect(quotes("Jane Smith starred in “Parks and Recreation” for years.")).toEqual([]);
  });

  it("ignores quotation marks with no speaker (titles, scare quotes)", () => {
    expect(
      quotes("The so-called “moderate” wing lost the vote.\nThe film “Dune” opened on Friday."),
    ).toEqual([]);
  });

  it("offsets the sentence holding the quote, for the citation", () => {
    const [q] = extractQuotes(articleFrom("a", "The talks ended. Jane Smith said: “We will win.”"));
    expect(q).toMatchObject({ paragraph: 1, offset: 17 });
  });
});

describe("extractQuotes: attribution", () => {
  it("credits “he said” to the nearest earlier named person", () => {
    expect(
      quotes("John Smith met Jane Doe on Monday. Later John Brown arrived.\n“We agreed,” he said."),
    ).toEqual([["We agreed", "John Brown", "he", false]]);
  });

  it("credits “the minister said” to the nearest earlier person who is a minister", () => {
    const body =
      "Foreign Minister Amir Khan Muttaqi met Ambassador Dmitry Zhirnov in Kabul.\n“It is a new era,” the minister said.";
    expect(quotes(body)).toEqual([["It is a new era", "Amir Khan Muttaqi", "the minister", false]]);
  });

  it("expands a surname to the full name used earlier in the article", () => {
    expect(quotes("Amir Khan Muttaqi spoke in Kabul.\nMuttaqi said: “We are ready.”")[0]?.[1]).toBe(
      "Amir Khan Muttaqi",
    );
  });

  it.each([
    [
      "a title before the name",
      "Russian President Vladimir Putin had described the Taliban as a “partner in combating terrorism,” indicating a major shift.",
      "Russian President",
    ],
    [
      "an appositive",
      "Maryam Solaimankhil, a former member of parliament and known critic, said:\n“This shows that interests come first.”",
      "a former member of parliament and known critic",
    ],
    [
      "a title given earlier in the article",
      "Afghanistan’s Acting Foreign Minister, Amir Khan Muttaqi, met the ambassador.\nMuttaqi said: “We are ready.”",
      "Afghanistan’s Acting Foreign Minister",
    ],
  ])("records the speaker's role from %s", (_name, body, role) => {
    expect(extractQuotes(articleFrom("a", body))[0]?.role).toBe(role);
  });

  it("leaves the speaker unnamed for an anonymous source", () => {
    expect(quotes("“It was chaos,” a senior official said.")).toEqual([
      ["It was chaos", null, "a senior official", false],
    ]);
  });
});
