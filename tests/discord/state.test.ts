import { describe, expect, it } from "vitest";
import { Cooldown } from "../../src/discord/cooldown.js";
import { SessionStore } from "../../src/discord/sessions.js";
import { dispatcherDeps } from "../../src/discord/dispatcher.js";
import { openView } from "../../src/discord/openView.js";
import { createLogger } from "../../src/logger.js";

describe("Cooldown", () => {
  it("lets a user through, then says how many whole seconds are left, then lets them through again", () => {
    let now = 0;
    const cooldown = new Cooldown(3000, () => now);
    expect(cooldown.take("u")).toBe(0);
    now = 500;
    expect(cooldown.take("u")).toBe(3);
    now = 2100;
    expect(cooldown.take("u")).toBe(1);
    expect(cooldown.take("v")).toBe(0);
    now = 3000;
    expect(cooldown.take("u")).toBe(0);
  });

  it("is off at zero", () => {
    const cooldown = new Cooldown(0);
    expect([cooldown.take("u"), cooldown.take("u")]).toEqual([0, 0]);
  });
});

describe("SessionStore", () => {
  it("keeps a value until it expires, then forgets it", () => {
    let now = 0;
    const store = new SessionStore<string>(1000, () => now);
    const id = store.create("pages");
    expect(id).toMatch(/^[\w-]{8}$/u);
    expect(store.get(id)).toBe("pages");
    now = 1000;
    expect(store.get(id)).toBeUndefined();
  });

  it("sweeps expired values as new ones arrive", () => {
    let now = 0;
    const store = new SessionStore<number>(10, () => now);
    for (let i = 0; i < 5; i++) store.create(i);
    now = 20;
    store.create(99);
    expect(store.size).toBe(1);
  });
});

describe("SessionStore under load", () => {
  it("keeps at most its limit, dropping the oldest first", () => {
    const store = new SessionStore<number>(60_000, () => 0, 3);
    const ids = [1, 2, 3, 4, 5].map((n) => store.create(n));
    expect(store.size).toBe(3);
    expect(ids.map((id) => store.get(id))).toEqual([undefined, undefined, 3, 4, 5]);
  });
});

describe("SessionStore bounded by bytes", () => {
  it("drops the oldest when the bytes its views hold would pass the budget", () => {
    const store = new SessionStore<string>(
      60_000,
      () => 0,
      1000,
      100,
      (value) => value.length,
    );
    const ids = ["a".repeat(40), "b".repeat(40), "c".repeat(40)].map((v) => store.create(v));
    expect(ids.map((id) => store.get(id)?.[0])).toEqual([undefined, "b", "c"]);
    expect(store.bytes).toBe(80);
  });

  it("keeps a view's text but not its files, which went up with the first page", () => {
    const deps = dispatcherDeps(() => undefined as never, createLogger("silent"), 0);
    const picture = Buffer.alloc(100_000);
    const view = {
      pages: [
        { content: "page 1", files: [{ attachment: picture, name: "timeline.png" }] },
        { content: "page 2" },
      ],
    };
    const first = openView(view, "u", deps);
    expect(first.files).toHaveLength(1);
    const button = first.components[0]!.components[0] as { custom_id: string };
    const sid = button.custom_id.split(":")[2]!;
    const kept = deps.sessions.get(sid)!.view;
    expect(kept.pages.map((p) => p.content)).toEqual(["page 1", "page 2"]);
    expect(kept.pages[0]!.files).toBeUndefined();
    expect(deps.sessions.bytes).toBeLessThan(2_000);
  });
});
