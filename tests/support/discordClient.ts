import { once } from "node:events";
import { Client, Events, GatewayIntentBits } from "discord.js";
import { afterAll, beforeAll } from "vitest";
import type { ClientOptions, Interaction } from "discord.js";
import { startDiscordStandIn } from "./discord/index.js";
import type { DiscordStandIn, JsonObject, RecordedRequest } from "./discord/index.js";

/** A plain discord.js client pointed at the stand-in, logged in and ready. */
export async function readyClient(
  standIn: DiscordStandIn,
  extra: Partial<ClientOptions> = {},
): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // offset 0: retry exactly after `retry_after`; one retry so an injected 500 pair surfaces quickly.
    rest: { api: standIn.apiUrl, retries: 1, timeout: 5_000, offset: 0 },
    // discord.js waits out Discord's one-IDENTIFY-per-5-s rule; the stand-in has no such rule.
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) },
    ...extra,
  });
  const ready = once(client, Events.ClientReady);
  await client.login(standIn.token);
  await ready;
  return client;
}

/** The next interaction the client receives. */
export function nextInteraction(client: Client): Promise<Interaction> {
  return new Promise((resolve) => client.once(Events.InteractionCreate, resolve));
}

/** Matches the interaction callback request for `payload`. */
export const isCallback = (payload: JsonObject) => (r: RecordedRequest) =>
  r.interactionId === payload["id"] && r.path.endsWith("/callback");

/**
 * Starts a stand-in and a plain discord.js client logged in to it before the file's tests,
 * hands both to `ready`, and stops both after the tests.
 */
export function useStandInWithClient(ready: (standIn: DiscordStandIn, client: Client) => void) {
  let standIn: DiscordStandIn | undefined;
  let client: Client | undefined;
  beforeAll(async () => {
    standIn = await startDiscordStandIn();
    client = await readyClient(standIn);
    ready(standIn, client);
  });
  afterAll(async () => {
    await client?.destroy();
    await standIn?.close();
  });
}
