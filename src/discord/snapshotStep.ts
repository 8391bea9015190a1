import { CorpusError } from "../errors.js";
import { configure, loadKnowledge } from "../startup.js";

/**
 * Run by the shard manager in a process of its own before it spawns the shards (see
 * `runShards`): loads the knowledge snapshot when it is valid, or builds and writes it, then
 * exits. The shards then all load the one snapshot, and the manager never holds the knowledge.
 */
const configured = configure(() => "info");
try {
  await loadKnowledge({ ...configured, logger: configured.logger.child({ step: "snapshot" }) });
} catch (error) {
  if (!(error instanceof CorpusError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
