import { readCorpusFiles } from "../corpus/load.js";
import { CorpusError } from "../errors.js";
import { snapshotExists, snapshotKey } from "../search/snapshot.js";
import { configure, loadKnowledge } from "../startup.js";

/**
 * Run by the shard manager in a process of its own before it spawns the shards (see
 * `runShards`): checks that the corpus folder can be read, then, unless a snapshot for the
 * corpus as it is now already exists, builds the knowledge and writes its snapshot. The shards
 * then all load the one snapshot, and the manager never holds the knowledge. Exits 2 for an
 * unreadable corpus, and at once when the manager goes away.
 */
process.once("disconnect", () => process.exit(1));
const configured = configure(() => "info");
const { config } = configured;
const logger = configured.logger.child({ step: "snapshot" });
try {
  const files = await readCorpusFiles(config.corpusDir);
  if (config.cacheDir === null) {
    logger.info("INDEX_CACHE_DIR is off: each shard builds the knowledge itself");
  } else if (await snapshotExists(config.cacheDir, await snapshotKey(files))) {
    logger.info({ cacheDir: config.cacheDir }, "the knowledge snapshot is current");
  } else {
    await loadKnowledge({ config, logger });
  }
} catch (error) {
  if (!(error instanceof CorpusError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
process.exit(0);
