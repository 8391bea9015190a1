import { afterEach, describe, expect, it } from "vitest";
import { MAX_PENDING_PICTURES, TimelinePictures } from "../../src/discord/pictures.js";
import { timeline, type TimelineResult } from "../../src/timeline/timeline.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "harbour",
    title: "Harbour works",
    body: [
      "The council approved the harbour plan on 3 March 2021.",
      "Work on the new quay began in June 2022.",
      "The first ferry docked at the quay on 14 August 2023.",
    ].join("\n\n"),
  },
]);

/** The harbour timeline. */
function harbour(): TimelineResult {
  return timeline(knowledge, { topic: [], first: null, last: null, all: true });
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe("timeline pictures", () => {
  let pictures: TimelinePictures | undefined;
  afterEach(async () => {
    await pictures?.close();
    pictures = undefined;
  });

  it("draws a PNG in the worker when the bot keeps up", async () => {
    pictures = new TimelinePictures(() => false);
    const result = harbour();
    expect(result.events.map((e) => e.date.slice(0, 4))).toEqual(["2021", "2022", "2023"]);
    const png = await pictures.draw(result);
    expect(png?.subarray(0, 4)).toEqual(PNG);
  }, 30_000);

  it("draws nothing while the bot is behind with its answers: the text goes alone", async () => {
    let behind = true;
    pictures = new TimelinePictures(() => behind);
    expect(await pictures.draw(harbour())).toBeNull();
    behind = false;
    expect((await pictures.draw(harbour()))?.subarray(0, 4)).toEqual(PNG);
  }, 30_000);

  it(`keeps at most ${MAX_PENDING_PICTURES} pictures waiting for the worker`, async () => {
    pictures = new TimelinePictures(() => false);
    const drawn = await Promise.all(
      Array.from({ length: MAX_PENDING_PICTURES + 2 }, () => pictures!.draw(harbour())),
    );
    expect(drawn.filter((png) => png !== null).length).toBe(MAX_PENDING_PICTURES);
  }, 30_000);
});
