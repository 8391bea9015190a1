import { prepareSnapshot } from "../knowledge/buildKnowledge.js";
import { readCorpusFiles } from "../corpus/load.js";
import { CorpusError } from "../errors.js";
import { indexingProgress } from "../knowledge/indexingProgress.js";
import { configure, reportKnowledge } from "../startup.js";

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
  if (config.cacheDir === null) {
    await readCorpusFiles(config.corpusDir, { maxFileBytes: config.maxArticleBytes });
    logger.info("INDEX_CACHE_DIR is off: each shard builds the knowledge itself");
  } else {
    const built = await prepareSnapshot(
      config.corpusDir,
      config.cacheDir,
      { maxFileBytes: config.maxArticleBytes },
      indexingProgress(logger),
    );
    if (built) reportKnowledge({ config, logger }, built);
    else logger.info({ cacheDir: config.cacheDir }, "the knowledge snapshot is current");
  }
} catch (error) {
  if (!(error instanceof CorpusError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
process.exit(0);
