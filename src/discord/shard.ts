import { CorpusError } from "../errors.js";
import { startup } from "../startup.js";
import { liveKnowledge } from "../knowledge/liveKnowledge.js";
import { runBot } from "./runBot.js";

/**
 * One shard process, spawned by the ShardingManager (see `runShards`): the same start-up as
 * `npm start` (configuration, the persisted knowledge snapshot), then the bot on this shard.
 */
const started = await startup(() => "info").catch((error: unknown) => {
  // The manager checked the corpus before starting shards; it may have gone since.
  if (!(error instanceof CorpusError)) throw error;
  process.stderr.write(`shard: ${error.message}\n`);
  process.exit(2);
});
if (!started.config.discord) {
  process.stderr.write("shard: DISCORD_TOKEN is required to run a shard\n");
  process.exit(2);
}
const live = await liveKnowledge(started, started.knowledge);
await runBot(started, started.config.discord, live.current);
