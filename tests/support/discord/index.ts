/**
 * A stand-in for Discord's REST API (v10) and gateway (JSON) on 127.0.0.1, for end-to-end tests
 * with the real discord.js client. Start it with {@link startDiscordStandIn}:
 *
 * ```ts
 * const standIn = await startDiscordStandIn();            // one guild, one shard
 * // start the bot with DISCORD_TOKEN=standIn.token, DISCORD_CLIENT_ID=standIn.applicationId,
 * // DISCORD_API_URL=standIn.apiUrl, then wait for it to be ready:
 * await standIn.waitForGateway((e) => e.kind === "ready");
 * const reply = await standIn.dispatchInteraction(
 *   standIn.build.chatInput({ name: "ask", options: { question: "Who recognised the Taliban?" } }),
 * );
 * expect(reply.body).toMatchObject({ type: 4 });
 * expect(standIn.openApi.violations).toEqual([]);
 * await standIn.close();
 * ```
 */
export { startDiscordStandIn } from "./startDiscordStandIn.js";
export type { DiscordStandIn, StandInOptions } from "./standInTypes.js";
export type { PayloadBuilders, Bound } from "./boundBuilders.js";
export type { GatewayEvent } from "./gatewayTypes.js";
export { nonResumableCodes } from "./gatewayTypes.js";
export { defaultInvoker, entitlementPayload } from "./interactionBase.js";
export type { InteractionInit, InteractionLocation } from "./interactionBase.js";
export {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  stringSelectInteraction,
} from "./interactionPayloads.js";
export type {
  AutocompleteInit,
  ChatInputInit,
  ComponentInit,
  OptionValue,
} from "./interactionPayloads.js";
export { allPermissions, memberPermissions, userPayload } from "./fixtures.js";
export { OpenApiCheck, defaultOpenApiPath } from "./openApiCheck.js";
export { nextSnowflake, shardForGuild, snowflakeOnShard } from "./snowflake.js";
export type {
  FaultSpec,
  GuildFixture,
  Json,
  JsonObject,
  OpenApiViolation,
  RecordedRequest,
} from "./types.js";
