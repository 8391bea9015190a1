import { describe, expect, it } from "vitest";
import { parseTimelineQuery } from "../../src/timeline/filterTimeline.js";
import { timeline } from "../../src/timeline/timeline.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "council",
    title: "Council",
    body: [
      "The bridge vote was the council's main item. The council met on 3 March 2024.",
      "The striker gave his prize to the flood appeal. The final was close, with the 2003 winner taking the first set.",
      "Flood defences were the mayor's promise. In June 2023 she opened them.",
      "The library reopened on 9 May 2024.",
      "Events such as the Olympics helped boost WPP's profits in 2004. The elections will help too.",
    ].join("\n"),
  },
]);

function topics(topic: string): string[] {
  const filter = parseTimelineQuery({ topic });
  if (!filter.ok) throw new Error(filter.error);
  return timeline(knowledge, filter.value).events.map((e) => e.text);
}

describe("timeline", () => {
  it("finds a topic in the sentence before an event, not only in the event's own words", () => {
    expect(topics("bridge")).toEqual([expect.stringContaining("council met")]);
    expect(topics("library")).toEqual([expect.stringContaining("library reopened")]);
    expect(topics("bridge library")).toEqual([]);
  });

  it("takes the topic from the sentence before only when the event's sentence carries it on", () => {
    expect(topics("flood")).toEqual([expect.stringContaining("she opened them")]);
  });

  it("does not take the topic from the sentence after an event", () => {
    expect(topics("elections")).toEqual([]);
    expect(topics("WPP")).toEqual([expect.stringContaining("WPP's profits")]);
  });
});
