import { describe, expect, it } from "vitest";
import { parseTimelineQuery } from "../../src/timeline/filterTimeline.js";
import { timeline } from "../../src/timeline/timeline.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "council",
    title: "Council",
    body: "The council met on 3 March 2024. The bridge vote was the main item.\nThe library reopened on 9 May 2024.",
  },
]);

function topics(topic: string): string[] {
  const filter = parseTimelineQuery({ topic });
  if (!filter.ok) throw new Error(filter.error);
  return timeline(knowledge, filter.value).events.map((e) => e.text);
}

describe("timeline", () => {
  it("finds a topic in the passage around an event, not only in the event's own words", () => {
    expect(topics("bridge")).toEqual([expect.stringContaining("council met")]);
    expect(topics("library")).toEqual([expect.stringContaining("library reopened")]);
    expect(topics("bridge library")).toEqual([]);
  });
});
