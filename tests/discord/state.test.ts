import { describe, expect, it } from "vitest";
import { Cooldown } from "../../src/discord/cooldown.js";
import { SessionStore } from "../../src/discord/sessions.js";

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
