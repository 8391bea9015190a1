import { describe, expect, it } from "vitest";
import { eventNames, eventTerms } from "../../src/timeline/eventTerms.js";
import { mergeEvents } from "../../src/timeline/mergeEvents.js";
import type { DatedEvent } from "../../src/timeline/types.js";

function event(
  articleId: string,
  date: string,
  text: string,
  at: { paragraph?: number; sentence?: number; end?: string } = {},
): DatedEvent {
  const end = at.end ?? null;
  return {
    date,
    end,
    precision: end ? "range" : date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
    inferred: false,
    text,
    articleId,
    paragraph: at.paragraph ?? 1,
    sentenceStart: at.sentence ?? 0,
    mentionStart: at.sentence ?? 0,
    expression: date,
    terms: eventTerms(text),
    names: eventNames(text),
    status: "happened" as const,
  };
}

const summary = (events: DatedEvent[]) =>
  mergeEvents(events).map((e) => [e.date, e.sources.map((s) => s.articleId).join("+")]);

describe("mergeEvents", () => {
  it("makes one entry, with both sources, of an event two articles tell in other words", () => {
    const entries = mergeEvents([
      event(
        "b",
        "2025-07-03",
        "Russia has become the first country to recognize the Taliban government.",
      ),
      event(
        "a",
        "2025-07-03",
        "Russia officially recognized the Taliban government, the first country to do so.",
      ),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.sources.map((s) => s.articleId)).toEqual(["a", "b"]);
    expect(entries[0]?.text).toBe(
      "Russia officially recognized the Taliban government, the first country to do so.",
    );
  });

  it("reads a report cut after a reporting verb by its own subject, not by who reports it", () => {
    const sentence =
      "Philippe Sands, a member of Cherie Blair's chambers, says Lord Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war could be illegal.";
    const cut = {
      ...event(
        "a",
        "2003-03-07",
        "…says Lord Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war could be illegal.",
      ),
      names: eventNames(sentence),
    };
    const whole = event(
      "b",
      "2003-03-07",
      "He also says Lord Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war could be illegal.",
    );
    expect(summary([cut, whole])).toEqual([["2003-03-07", "a+b"]]);
  });

  it("keeps apart two events of one day that share few words", () => {
    expect(
      summary([
        event("a", "2025-07-03", "Russia recognized the Taliban government."),
        event("b", "2025-07-03", "Floods closed the main road to Kabul airport."),
      ]),
    ).toEqual([
      ["2025-07-03", "a"],
      ["2025-07-03", "b"],
    ]);
  });

  it("keeps apart reports with the same words on different dates", () => {
    expect(
      summary([
        event("a", "2024", "Russia removed the Taliban from its list of terrorist organizations."),
        event("b", "2021", "Russia removed the Taliban from its list of terrorist organizations."),
      ]),
    ).toEqual([
      ["2021", "b"],
      ["2024", "a"],
    ]);
  });

  it("keeps a year apart from a month inside it: the same words may be two happenings", () => {
    const entries = mergeEvents([
      event("a", "2024", "Russia removed the Taliban from its list of terrorist organizations."),
      event(
        "b",
        "2024-04",
        "In April, Russia removed the Taliban from its terrorist organizations list.",
      ),
    ]);
    expect(entries.map((e) => [e.date, e.sources.length])).toEqual([
      ["2024", 1],
      ["2024-04", 1],
    ]);
  });

  it("never merges on the date alone: different happenings of one month stay apart", () => {
    expect(
      summary([
        event(
          "a",
          "2003-10",
          "Mr Khodorkovsky was arrested at a Siberian airport in October 2003.",
        ),
        event("b", "2003-10", "Courtney Love was arrested after a drugs overdose in October 2003."),
      ]),
    ).toEqual([
      ["2003-10", "a"],
      ["2003-10", "b"],
    ]);
  });

  it("needs a name of the lead's: shared words about other actors are not enough", () => {
    expect(
      summary([
        event("a", "2003", "In 2003 Lufthansa posted a net loss of 984m euros as demand fell."),
        event("b", "2003", "In 2003 Ericsson posted a net loss of 984m euros as demand fell."),
      ]),
    ).toEqual([
      ["2003", "a"],
      ["2003", "b"],
    ]);
  });

  it("tests each report against the entry's lead, never through a chain of look-alikes", () => {
    const lead = "On Sunday Yukos sold its oil unit Yuganskneftegaz at auction.";
    const middle =
      "On Sunday Yukos sold Yuganskneftegaz at auction to an unknown buyer, Baikal Finance.";
    const far = "On Sunday Yukos buyer Baikal Finance, unknown at auction, was bought by Rosneft.";
    expect(
      summary([
        event("a", "2004-12", lead),
        event("b", "2004-12", middle),
        event("c", "2004-12", far),
      ]),
    ).toEqual([
      ["2004-12", "a+b"],
      ["2004-12", "c"],
    ]);
  });

  it("makes one entry of the same sentence carried by two articles", () => {
    const text = "Growth was 4%.";
    expect(summary([event("b", "2004", text), event("a", "2004", text)])).toEqual([
      ["2004", "a+b"],
    ]);
  });

  it("keeps apart a happening and a forecast for the same date", () => {
    const happened = event("a", "2005", "Apple sold ten million iPods in 2005 in Europe.");
    const expected = {
      ...event("b", "2005", "Apple will sell ten million iPods in 2005 in Europe."),
      status: "expected" as const,
    };
    expect(mergeEvents([happened, expected]).map((e) => e.status)).toEqual([
      "happened",
      "expected",
    ]);
  });

  it("puts events oldest first, a range by its start and a year before a month of that year", () => {
    expect(
      summary([
        event("a", "2025-07-03", "Recognition."),
        event("a", "2024-04", "Removal from the list."),
        event("a", "2024", "Putin's remark."),
        event("a", "1996", "Previous rule.", { end: "2001" }),
        event("a", "2021-08", "Takeover."),
      ]).map(([date]) => date),
    ).toEqual(["1996", "2021-08", "2024", "2024-04", "2025-07-03"]);
  });

  it("orders events of the same day by article, then by sentence", () => {
    expect(
      mergeEvents([
        event("b", "2025-07-03", "Storm hits coast.", { paragraph: 1 }),
        event("a", "2025-07-03", "Bank raises rates.", { paragraph: 3 }),
        event("a", "2025-07-03", "Parliament votes on budget.", { paragraph: 2 }),
      ]).map((e) => e.text),
    ).toEqual(["Parliament votes on budget.", "Bank raises rates.", "Storm hits coast."]);
  });

  it("keeps apart two sentences of one paragraph that share only the day", () => {
    const entries = mergeEvents([
      event("a", "2025-07-03", "Russia recognized the Taliban.", { sentence: 0 }),
      event("a", "2025-07-03", "Floods closed the airport in Kabul.", { sentence: 40 }),
    ]);
    expect(entries.map((e) => e.sources.length)).toEqual([1, 1]);
  });

  it("merges an article's news peg with the sentence whose day dated it", () => {
    const peg = { ...event("a", "2025-07-03", "Russia recognized the Taliban."), expression: null };
    const day = event("a", "2025-07-03", "The minister announced it in Kabul on Thursday.", {
      sentence: 40,
    });
    expect(mergeEvents([peg, day]).map((e) => e.sources.length)).toEqual([2]);
  });

  it("keeps apart two figures one body reports for one year: a statistic is known by its figure", () => {
    expect(
      summary([
        event(
          "a",
          "2004",
          "The Development Bank said remittances to the region reached $45bn in 2004.",
        ),
        event("b", "2004", "The Development Bank said regional exports reached $445bn in 2004."),
      ]),
    ).toEqual([
      ["2004", "a"],
      ["2004", "b"],
    ]);
  });

  it("keeps apart the end and the middle of one year", () => {
    expect(
      summary([
        event(
          "a",
          "2005",
          "Studies say eight million UK homes will have broadband by the end of 2005.",
        ),
        event(
          "b",
          "2005",
          "Analysts say half of UK homes will have broadband by the middle of 2005.",
        ),
      ]),
    ).toEqual([
      ["2005", "a"],
      ["2005", "b"],
    ]);
  });

  it("needs the lead's name written as a name: a 'general election' is not General Motors", () => {
    expect(
      summary([
        event(
          "a",
          "2003",
          "The fourth-quarter losses at General Motors Europe totalled $345m, up on the same period in 2003.",
        ),
        event(
          "b",
          "2003",
          "Losses for the fourth quarter totalled more than in 2003 as parties built funds for the general election.",
        ),
      ]),
    ).toEqual([
      ["2003", "a"],
      ["2003", "b"],
    ]);
  });

  it("counts no time words or numbers in words as shared content", () => {
    expect(
      summary([
        event("a", "2004", "In the last three months of 2004, Germany's economy shrank 0.2%."),
        event(
          "b",
          "2004",
          "Three years of stagnation in the German economy came to an end in 2004.",
        ),
      ]),
    ).toEqual([
      ["2004", "a"],
      ["2004", "b"],
    ]);
  });

  it("reads a report by whom it is about, not by its source or the title before a name", () => {
    const entries = summary([
      event(
        "a",
        "2003-11",
        "It claims Tony Blair felt by November 2003 he had lost voters' trust because of the Iraq war.",
      ),
      event(
        "b",
        "2003-11",
        "The book, Brown's Britain, said Tony Blair felt by November 2003 he had lost voters' trust.",
      ),
      event(
        "c",
        "2003-11",
        "But Mr Peston said the pair had fallen out and that Mr Blair had decided in November 2003 he would quit because he felt he had lost voters' trust over the Iraq war.",
      ),
    ]);
    expect(entries).toEqual([["2003-11", "a+b+c"]]);
  });
});
