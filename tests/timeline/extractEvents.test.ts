import { describe, expect, it } from "vitest";
import { eventTerms } from "../../src/timeline/eventTerms.js";
import { extractEvents } from "../../src/timeline/extractEvents.js";
import { article } from "./article.js";

const brief = (a: Parameters<typeof extractEvents>[0]) =>
  extractEvents(a).map((e) => ({
    date: e.date,
    end: e.end,
    precision: e.precision,
    inferred: e.inferred,
    text: e.text,
  }));

describe("extractEvents", () => {
  it("dates each sentence that names a date, with its precision and source position", () => {
    const a = article("a", "2025-07-03", [
      "Nothing dated here. It rose in April 2024.",
      "Talks ended in 2021.",
    ]);
    const events = extractEvents(a).filter((e) => e.expression !== null);
    expect(
      events.map((e) => [e.date, e.precision, e.paragraph, e.sentenceStart, e.articleId]),
    ).toEqual([
      ["2024-04", "month", 1, 20, "a"],
      ["2021", "year", 2, 0, "a"],
    ]);
  });

  it("joins two dates into one range event", () => {
    const a = article("a", null, [
      "During their previous rule from 1996 to 2001, the Taliban were recognized by three states.",
    ]);
    expect(brief(a)).toEqual([
      {
        date: "1996",
        end: "2001",
        precision: "range",
        inferred: false,
        text: "During their previous rule from 1996 to 2001, the Taliban were recognized by three states.",
      },
    ]);
  });

  it("reads a decade as a range of years", () => {
    const a = article("a", null, ["Civil war tore the country apart in the 1990s."]);
    expect(brief(a).map((e) => [e.date, e.end, e.precision])).toEqual([["1990", "1999", "range"]]);
  });

  it("makes no event of a duration", () => {
    const a = article("a", null, [
      "Afghanistan has suffered decades of conflict, including a 20-year war, and nearly four years of isolation.",
    ]);
    expect(brief(a)).toEqual([]);
  });

  it("makes no event of a date counted from another event", () => {
    const a = article("a", "2025-07-03", [
      "Nothing new today?",
      "Talks resumed the day after the vote.",
    ]);
    expect(brief(a).filter((e) => e.text.includes("Talks"))).toEqual([]);
  });

  it("takes an event from a direct quote", () => {
    const a = article("a", null, [
      "“We were removed from the list in April 2024,” the spokesman said.",
    ]);
    expect(brief(a).map((e) => [e.date, e.text])).toEqual([
      ["2024-04", "“We were removed from the list in April 2024,” the spokesman said."],
    ]);
  });

  it("cuts a long sentence to the clause holding the date, marking the cut with …", () => {
    const sentence =
      "In a significant diplomatic development, Russia has become the first country to recognize the Taliban's government as the legitimate authority in Afghanistan, following nearly four years of the group's rule since its takeover in 2021.";
    const [event] = extractEvents(article("a", null, [sentence]));
    expect(event?.text).toBe(
      "…following nearly four years of the group's rule since its takeover in 2021.",
    );
    // Faithful: every word of the trimmed text is in the sentence, in order.
    expect(sentence).toContain(event?.text.replace(/^…/u, ""));
  });

  it("dates the opening sentence by the day its paragraph names (the news peg)", () => {
    const a = article("a", "2025-07-03", [
      "Russia has officially recognized the Taliban government. The minister made the announcement in Kabul on Thursday.",
    ]);
    expect(brief(a).map((e) => [e.date, e.inferred, e.text])).toEqual([
      ["2025-07-03", true, "Russia has officially recognized the Taliban government."],
      ["2025-07-03", true, "The minister made the announcement in Kabul on Thursday."],
    ]);
  });

  it("dates an undated opening sentence by publication, as inferred", () => {
    const a = article("a", "2025-07-03", [
      "Russia is the first nation to acknowledge the Taliban.",
      "More later.",
    ]);
    expect(brief(a)).toEqual([
      {
        date: "2025-07-03",
        end: null,
        precision: "day",
        inferred: true,
        text: "Russia is the first nation to acknowledge the Taliban.",
      },
    ]);
  });

  it("infers nothing from publication when the article has no date", () => {
    expect(
      extractEvents(article("a", null, ["Russia is the first nation to acknowledge the Taliban."])),
    ).toEqual([]);
  });

  it("names an event by its whole sentence when its text is cut to a clause: the subject stays", () => {
    const sentence =
      "Marovic, the 2000 Olympic 400m champion, and Ledet, the women's 200m silver medallist from the same Games in Sydney, withdrew from the championships on 18 August after missing three drugs tests, and both now face long bans.";
    const [event] = extractEvents(article("a", null, [sentence])).filter((e) => e.date === "2000");
    expect(event?.text.startsWith("…")).toBe(true);
    expect(event?.text).not.toContain("Marovic");
    expect(event?.names[0]).toBe(eventTerms("Marovic")[0]);
  });
});
