import { describe, expect, it } from "vitest";
import type { AskResult } from "../../src/answer/ask.js";
import { askReply } from "../../src/discord/render/askReply.js";
import { askJson, renderAskText } from "../../src/render/askText.js";

const answered: AskResult = {
  question: "who is rusia's envoy",
  corrected: "who is russia's envoy",
  abstained: false,
  short: { text: "Dmitry Zhirnov", citation: 1 },
  answer: "Russia's envoy is Dmitry Zhirnov. [1]",
  sentences: [{ text: "Russia's envoy is Dmitry Zhirnov.", citation: 1 }],
  citations: [
    {
      n: 1,
      articleId: "a",
      title: "Envoys",
      published: "2025-07-03",
      url: null,
      source: null,
      paragraph: 2,
      passage: "Russia's envoy is Dmitry Zhirnov.",
      passageId: "a#2.0",
    },
  ],
  asOf: "2025-07-03",
  closest: [],
};

describe("the short answer and the spelling correction", () => {
  it("lead the terminal answer, the fact in bold on a terminal", () => {
    expect(renderAskText(answered).split("\n").slice(0, 5)).toEqual([
      "Showing results for “who is russia's envoy”.",
      "",
      "Dmitry Zhirnov [1]",
      "",
      "Russia's envoy is Dmitry Zhirnov. [1]",
    ]);
    expect(renderAskText(answered, { bold: true })).toContain(
      "\u001b[1mDmitry Zhirnov\u001b[22m [1]",
    );
  });

  it("lead the Discord embed the same way, the fact in bold", () => {
    const description = askReply(answered).embeds?.[0]?.description ?? "";
    expect(description.split("\n\n").slice(0, 3)).toEqual([
      "*Showing results for “who is russia's envoy”.*",
      "**Dmitry Zhirnov** **[1]**",
      "Russia's envoy is Dmitry Zhirnov. **[1]**",
    ]);
  });

  it("are in the JSON, null when absent", () => {
    expect(askJson(answered)).toMatchObject({
      corrected: "who is russia's envoy",
      short: { text: "Dmitry Zhirnov", citation: 1 },
    });
    expect(askJson({ ...answered, corrected: null, short: null })).toMatchObject({
      corrected: null,
      short: null,
    });
  });

  it("escape Markdown from the question in the abstention message", () => {
    const abstained: AskResult = {
      ...answered,
      abstained: true,
      short: null,
      corrected: null,
      answer: "The articles mention *Zhirnov*, but not the date asked for.",
      sentences: [],
      citations: [],
    };
    expect(askReply(abstained).embeds?.[0]?.description).toContain("\\*Zhirnov\\*");
  });
});
