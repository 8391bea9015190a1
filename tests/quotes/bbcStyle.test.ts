import { describe, expect, it } from "vitest";
import { buildSpeakerDirectory } from "../../src/quotes/buildSpeakerDirectory.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { resolveSpeaker } from "../../src/quotes/resolveSpeaker.js";
import { articleFrom } from "./articleFrom.js";

/** [start of the quote, speaker] for every quote of a one-article body. */
function said(body: string): [string, string | null][] {
  return extractQuotes(articleFrom("a", body)).map((q) => [q.text.slice(0, 20), q.speaker]);
}

describe("quotes in BBC layouts", () => {
  it("splits a quote that runs on with no closing mark and keeps its speaker", () => {
    expect(
      said(
        `"Britain has the right attitude," said Jimmy Connors. "The more involved I can be, the better. "A short-term deal is just confusing."`,
      ),
    ).toEqual([
      ["Britain has the righ", "Jimmy Connors"],
      ["The more involved I ", "Jimmy Connors"],
      ["A short-term deal is", "Jimmy Connors"],
    ]);
  });

  it("does not take who a sentence reports about for its subject: 'X said Mr Y did…'", () => {
    expect(
      said(
        `Lord Butler has criticised Tony Blair's government. Lord Butler said Mr Blair bypassed the Cabinet. He also attacked the way the war was "sold to the public".`,
      ),
    ).toEqual([["sold to the public", "Lord Butler"]]);
  });

  it("does not give '…, he added' to someone named in the words he reported", () => {
    expect(
      said(
        `Derek Wyatt said having a long campaign "turned off voters". He said Prime Minister Tony Blair had tried hard. But Mr Blair had been "badly hurt" by the war, he added.`,
      ),
    ).toEqual([
      ["turned off voters", "Derek Wyatt"],
      ["badly hurt", "Derek Wyatt"],
    ]);
  });

  it("leaves 'he' unclear after an unnamed spokesman's sentence, rather than the name before it", () => {
    expect(
      said(
        `Lord Butler criticised the Cabinet. The prime minister's official spokesman said the Cabinet was still used. But he added: "You cannot take every decision in Cabinet."`,
      ),
    ).toEqual([["You cannot take ever", null]]);
  });

  it("gives a quote after an unnamed spokesman's report to the spokesman, not the quote before's speaker", () => {
    const [, quote] = extractQuotes(
      articleFrom(
        "a",
        `But Mr Blair had been "badly hurt" by the war, Derek Wyatt added. A Labour spokesman played down differences with Mr Wyatt and said Mr Brown had a role. "This election is a choice."`,
      ),
    );
    expect([quote?.text, quote?.speaker, quote?.role]).toEqual([
      "This election is a choice.",
      null,
      "A Labour spokesman",
    ]);
  });

  it("gives words a sentence puts in another mouth ('a claim by X that…') to that person", () => {
    expect(
      said(
        `Michael Howard has said a claim by Peter Hain that the Tory leader is acting like an "attack mongrel" shows Labour is "clearly rattled".`,
      ),
    ).toEqual([
      ["attack mongrel", "Peter Hain"],
      ["clearly rattled", "Michael Howard"],
    ]);
    expect(
      said(
        `Michael Howard delivered a rebuff to Peter Hain's description of him as an "attack mongrel".`,
      ),
    ).toEqual([["attack mongrel", "Peter Hain"]]);
    // The sentence's speaker judging another's claim says the quoted words himself.
    expect(
      said(
        `Cruz aide Catherine Frazier said Rubio's claim that Cruz is soft is "simply not true."`,
      ),
    ).toEqual([["simply not true.", "Catherine Frazier"]]);
  });

  it("credits nobody where the name is a place in the subject's description", () => {
    expect(said(`The MP for Sittingbourne and Sheppey said the plan was "a mess".`)).toEqual([]);
  });

  it("does not credit a closed quote to the next sentence's own report", () => {
    expect(
      said(
        `"We will win," said Anna Kemp. "The plan is sound." Peter Hollis said the plan would fail.`,
      ),
    ).toEqual([
      ["We will win", "Anna Kemp"],
      ["The plan is sound.", "Anna Kemp"],
    ]);
  });

  it("keeps a lead-in's speaker when the next sentence has a lead-in of its own", () => {
    expect(
      said(`Mr Hollis said: "Why wait?" Anna Kemp added: "We start now."`).map(([, s]) => s),
    ).toEqual(["Hollis", "Anna Kemp"]);
  });

  it("credits a closed quote to a bare attribution sentence after it", () => {
    expect(said(`"The plan is sound." Anna Kemp said on Monday.`)).toEqual([
      ["The plan is sound.", "Anna Kemp"],
    ]);
  });

  it("closes a quote whose closing mark has a space before it", () => {
    expect(
      said(`"The situation is bad for savers, " said Carlos Baez Silva, president of AARA.`),
    ).toEqual([["The situation is bad", "Carlos Baez Silva"]]);
  });

  it.each([
    [`"We lost our way," said keyboard player Nick Rhodes.`, "Nick Rhodes"],
    [`"Prices will rise," analyst Kyle Cooper told Reuters.`, "Kyle Cooper"],
    [
      `"Three years ago, every sector was hit," said entrepreneur Drayton Valentine.`,
      "Drayton Valentine",
    ],
  ])("reads a lower-case role before the name: %s", (body, speaker) => {
    expect(said(body).map(([, s]) => s)).toEqual([speaker]);
  });

  it("gives she to the woman who is the subject, not the nearest woman named", () => {
    expect(
      said(
        "Mira Nair said that she jumped at the chance. The story follows Becky Sharp, played by Reese Witherspoon. " +
          `"I recognised myself in her," she said.`,
      ),
    ).toEqual([["I recognised myself ", "Mira Nair"]]);
  });

  it("never gives he to a man named inside a quote", () => {
    expect(
      said(
        `Frank Moreau, the director, spoke first. "When I met her husband Ryan Philippe, I laughed," he said.`,
      ),
    ).toEqual([["When I met her husba", "Frank Moreau"]]);
  });

  it("never gives he to the man the quote itself talks about", () => {
    expect(
      said(
        `"We were let down," said Jim Pole. According to Pole, Ned Carver promised to stay. ` +
          `"I said to Ned 'stay', and he agreed," he said.`,
      ).map(([, s]) => s),
    ).toEqual(["Jim Pole", "Jim Pole"]);
  });

  it("gives every quote of one 'he' to one person, even a quote in which he names himself", () => {
    const body = [
      `Tom Rudd has said a claim by Peter Vane that he is "clearly rattled" is false. Mr Vane, the party chairman, told the radio that Mr Rudd was "utterly reckless".`,
      `Mr Rudd told his party that the plan was "fair to all".`,
      `He pledged better schools, with a promise of a "decent, modern" education for all. "I come from an ordinary family. If the young Tom Rudd were starting today, he would have no chance."`,
    ].join("\n");
    expect(said(body).slice(3)).toEqual([
      ["decent, modern", "Tom Rudd"],
      ["I come from an ordin", "Tom Rudd"],
    ]);
  });

  it("reads a courtesy title before a surname that is also a body's word as a person ('Dr Fox')", () => {
    expect(
      said(
        `Tory co-chairman Ian Court spoke first. Tony Blair said the Tories were "simply wrong". Mr Court refused to discuss the reports. "We repay loans when they are due," he said.`,
      ),
    ).toEqual([
      ["simply wrong", "Tony Blair"],
      ["We repay loans when ", "Ian Court"],
    ]);
  });

  it("reads a word that names a member of every object ('Constructor', '__proto__') as a word", () => {
    const body = `Constructor Frank Williams said the car was "very fast". The __proto__ of it, Constructor said, is "pure speed".`;
    expect(said(body).map(([text]) => text)).toEqual(["very fast", "pure speed"]);
  });

  it("gives he to the person whose office is the last sentence's subject", () => {
    expect(
      said(
        "Tory leader Mark Voss attacked the plan. Tom Reyes defended it at length. " +
          `The Tory leader countered that costs were hidden. He declared: "It is a sham."`,
      ),
    ).toEqual([["It is a sham.", "Mark Voss"]]);
  });

  it("follows the end of a name to the article's full name", () => {
    expect(
      said(
        `"Savers lost out," said Carlos Baez Silva, president of AARA. ` +
          `Few recovered much, Mr Baez Silva estimated. "It was theft," he said.`,
      ).map(([, s]) => s),
    ).toEqual(["Carlos Baez Silva", "Carlos Baez Silva"]);
  });

  it("takes the speaker of the clause after ', but', not the one before", () => {
    expect(
      said(
        `The Lib Dems say they will look at it, but Tory Liam Fox said his party offered a "clear choice" on it.`,
      ),
    ).toEqual([["clear choice", "Liam Fox"]]);
  });

  it("reads a capitalised office with no name as the latest subject", () => {
    expect(
      said(
        "Tory Liam Fox spoke first. " +
          `The Conservative Party Co-Chairman said Labour had "done nothing for eight years" on it.`,
      ),
    ).toEqual([["done nothing for eig", "Liam Fox"]]);
  });

  it("says the speaker is unclear for a spokesman rather than naming who he speaks for", () => {
    expect(
      said(`Mark Thompson runs Ofcom. "We will look at the complaints," the spokesman said.`),
    ).toEqual([["We will look at the ", null]]);
  });

  it("follows a definite description to the latest subject", () => {
    expect(
      said(
        `Ivo Minar, ranked 158th, had to pull out of qualifying. "For me, this was a big success," said the 20-year-old.`,
      ),
    ).toEqual([["For me, this was a b", "Ivo Minar"]]);
  });

  it("keeps a full-name subject for a phrase quoted in the writer's sentence", () => {
    expect(
      said(
        `"We will win," said Tony Blair. Earlier Tory leader Michael Howard sent his "warmest congratulations" to the winner.`,
      ),
    ).toEqual([
      ["We will win", "Tony Blair"],
      ["warmest congratulati", "Michael Howard"],
    ]);
  });

  it("reads a subject after a relative clause, not the name the words report: ', said Charles was'", () => {
    expect(
      said(
        `Ray Charles died in June. Former Manfred Mann singer Paul Jones, who sang on hits such as Come Tomorrow, said Charles was one of his heroes. "I am sure my own writing was influenced by him," he said.`,
      ),
    ).toEqual([["I am sure my own wri", "Paul Jones"]]);
  });

  it("takes no opening participle, preposition or event for a speaker", () => {
    expect(
      said(
        `Cathy Jamieson spoke. Praising Celtic and Rangers for their efforts, she said: "We have seen some positive moves." ` +
          `Paul Tellier led the firm. Under Mr Tellier the firm grew. "I understand the board's concern," he said. ` +
          `Rick Dean has worked on Finding Nemo. "There was a time when the worlds were apart," he said. ` +
          `Feliciano Lopez played his third Grand Slam match. "This has given me a lot of confidence," he said.`,
      ),
    ).toEqual([
      ["We have seen some po", "Cathy Jamieson"],
      ["I understand the boa", "Paul Tellier"],
      ["There was a time whe", "Rick Dean"],
      ["This has given me a ", "Feliciano Lopez"],
    ]);
  });

  it("does not take the name after a sentence's opening preposition for its subject", () => {
    expect(
      said(
        `Tony Macklin spoke at the launch. On average, said Mr Macklin, users search ten times a day. ` +
          `Under My Ask Jeeves users can search the web. "It's about finding again what you found before," he said.`,
      ),
    ).toEqual([["It's about finding a", "Tony Macklin"]]);
    // "For X, …" puts X forward as the one the next sentences are about.
    expect(
      said(
        `Sam Hill spoke first. For Rick Dean, a director at THX, the future is exciting. He has worked on many films. ` +
          `"There was a time not so long ago," he said.`,
      ),
    ).toEqual([["There was a time not", "Rick Dean"]]);
  });

  it("credits the name before an office of a body set off by commas, not the body", () => {
    expect(
      said(
        `Earlier, David Rose, Chief Executive of Hereford Hospitals NHS Trust, had said: "It is with real regret that we have taken this step."`,
      ),
    ).toEqual([["It is with real regr", "David Rose"]]);
  });

  it("takes no participle opening the sentence for the subject of a cue inside it", () => {
    expect(
      said(
        `Ken Livingstone is under fire. Speaking after the investigation was announced Bob Neill, leader of the London Assembly Conservatives, said: "He has behaved in a manner unbecoming of his office."`,
      ),
    ).toEqual([["He has behaved in a ", "Bob Neill"]]);
  });

  it("takes the name after an opening participle and a courtesy title", () => {
    expect(
      said(
        `Katherine Jackson, 74, spoke. Describing Mr Jackson as "a good person", she said she feared for him.`,
      ),
    ).toEqual([["a good person", "Katherine Jackson"]]);
  });

  it("leaves words a speaker denied or rejected unclear, and keeps his own", () => {
    expect(
      said(
        `Gordon Brown hailed "the longest period of growth" but denied he was "gloating over it". ` +
          `Mr Brown rejected calls to "pause the reforms". ` +
          `Mr Brown denied the claims, saying they were "unjust and wrong". ` +
          `Mr Brown dismissed the report as "complete rubbish". Mr Brown denied he was "gloating". ` +
          `Mr Brown said it was wrong to deny people late hours because of a "tiny minority" of drinkers.`,
      ),
    ).toEqual([
      ["the longest period o", "Gordon Brown"],
      ["gloating over it", null],
      ["pause the reforms", null],
      ["unjust and wrong", "Gordon Brown"],
      ["complete rubbish", "Gordon Brown"],
      ["tiny minority", "Gordon Brown"],
    ]);
  });

  it("reads a subject set off by dashes: 'Gerry Conlon - who was convicted - said'", () => {
    expect(
      said(
        `Tony Blair apologised. However, one of the so-called Guildford Four, Gerry Conlon - who was wrongly convicted of the bombs - said the families were delighted. He said Mr Blair had spoken with "such sincerity".`,
      ),
    ).toEqual([["such sincerity", "Gerry Conlon"]]);
  });
});

describe("a speaker directory a person would write", () => {
  const articles = [
    articleFrom("one", `Agent Brian Hassell said: "The player stays."`),
    articleFrom(
      "two",
      `Prime Minister Tony Blair said: "We will win." Mr Blair, looking a little windswept, left. The Children Act was passed.`,
    ),
    articleFrom("three", `"It was a good day," said Labour leader Tony Blair.`),
    articleFrom("four", `"Nothing changes," Tony Blair told MPs about the Children Act.`),
  ];
  const directory = buildSpeakerDirectory(articles, articles.flatMap(extractQuotes));

  it("splits a capitalised role off the name", () => {
    const hassell = directory.entries.find((e) => e.name === "Brian Hassell");
    expect(hassell?.role).toBe("Agent");
  });

  it("answers a full name directly rather than with a menu of the same person", () => {
    const found = resolveSpeaker(directory, "Tony Blair");
    expect(found.kind).toBe("match");
    if (found.kind === "match") expect(found.quotes).toHaveLength(3);
  });

  it("does not list a law as a person", () => {
    expect(directory.entries.map((e) => e.name)).not.toContain("Children Act");
  });
});
