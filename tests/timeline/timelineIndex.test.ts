import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { extractEvents } from "../../src/timeline/extractEvents.js";
import { mergeEvents } from "../../src/timeline/mergeEvents.js";
import { TimelineIndex } from "../../src/timeline/timelineIndex.js";
import type { DatedEvent } from "../../src/timeline/types.js";
import { article } from "./article.js";

const ARTICLES = [
  article("a", "2024-05-02", [
    "Kestrel Bank raised its rates in March 2024. Floods closed the Avon bridge in 2021.",
    "On Monday Kestrel Bank said profits rose 4% in 2023.",
  ]),
  article("b", null, [
    "Kestrel Bank raised its interest rates in March 2024, its first rise.",
    "Profits at Kestrel Bank rose 4% in 2023, the bank said.",
  ]),
  article("c", null, ["Floods closed the Avon bridge in 2021.", "A new bridge opened in 2023."]),
  article("d", null, ["Kestrel Bank cut its rates in March 2024 after a poor quarter."]),
];

describe("TimelineIndex", () => {
  it("gives, after each added, changed and removed article, the timeline merged from scratch", () => {
    const events = new Map<string, readonly DatedEvent[]>();
    let index = TimelineIndex.of([]);
    const apply = (removed: string[], added: Article[]) => {
      const out = removed.flatMap((id) => events.get(id) ?? []);
      for (const id of removed) events.delete(id);
      const fresh = added.map((a) => [a.id, extractEvents(a)] as const);
      for (const [id, list] of fresh) events.set(id, list);
      index = index.changed(
        out,
        fresh.flatMap(([, list]) => list),
      );
      expect(index.entries()).toEqual(mergeEvents([...events.values()].flat()));
    };
    for (const a of [...ARTICLES].reverse()) apply([], [a]);
    expect(index.entries().some((e) => e.sources.length > 1)).toBe(true);
    apply(["b"], []);
    apply([], [ARTICLES[1]!]);
    apply(["c"], [article("c", null, ["Floods closed the Avon bridge again in 2023."])]);
    for (const id of ["a", "b", "c", "d"]) apply([id], []);
    expect(index.entries()).toEqual([]);
  });

  it("keeps a merged timeline it is given as it is", () => {
    const merged = mergeEvents(ARTICLES.flatMap(extractEvents));
    expect(TimelineIndex.of(merged).entries()).toBe(merged);
  });
});
