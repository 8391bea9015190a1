import { buildKnowledge, type BuildInfo } from "./knowledge/buildKnowledge.js";
import { preloadRelatedTerms } from "./answer/relatedTerms.js";
import type { Knowledge } from "./knowledge/knowledge.js";
import { loadConfig, type Config } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import { indexingProgress } from "./knowledge/indexingProgress.js";

/** What every entry point starts from. */
export interface Started {
  readonly config: Config;
  readonly logger: Logger;
  readonly knowledge: Knowledge & { readonly build: BuildInfo };
}

/** Configuration and logger: what a process needs before it reads the corpus. */
export interface Configured {
  readonly config: Config;
  readonly logger: Logger;
}

/**
 * Reads `.env` (without overriding variables already set) and parses the configuration once.
 * Throws ConfigError for bad configuration.
 */
export function configure(defaultLogLevel: (config: Config) => "info" | "warn"): Configured {
  const config = loadConfig();
  return { config, logger: createLogger(config.logLevel ?? defaultLogLevel(config)) };
}

/**
 * Builds the knowledge (or loads its snapshot), logging every skipped file with its path and
 * reason. Throws CorpusError when the corpus folder is unreadable.
 */
export async function loadKnowledge(
  { config, logger }: Configured,
  options: { readonly rebuild?: boolean } = {},
): Promise<Started["knowledge"]> {
  const knowledge = await buildKnowledge(config.corpusDir, {
    cacheDir: config.cacheDir,
    rebuild: options.rebuild === true,
    maxFileBytes: config.maxArticleBytes,
    warn: (message) => logger.warn({ cacheDir: config.cacheDir }, message),
    progress: indexingProgress(logger),
  });
  reportKnowledge({ config, logger }, knowledge);
  preloadRelatedTerms();
  return knowledge;
}

/**
 * Logs how the knowledge was obtained: a snapshot that could not be written, every skipped
 * file with its path and reason, an empty corpus, and the counts.
 */
export function reportKnowledge(
  { config, logger }: Configured,
  knowledge: Started["knowledge"],
): void {
  if (knowledge.build.warning) logger.warn({ cacheDir: config.cacheDir }, knowledge.build.warning);
  const { report } = knowledge;
  for (const problem of report.problems)
    logger.warn({ path: problem.path }, `corpus: skipped ${problem.path}: ${problem.reason}`);
  for (const warning of report.warnings)
    logger.warn({ path: warning.path }, `corpus: ${warning.path}: ${warning.reason}`);
  if (report.articles === 0)
    logger.warn(
      { directory: report.directory },
      "corpus: no articles loaded; every question will be abstained",
    );
  logger.info(
    { articles: report.articles, passages: report.passages, index: knowledge.build.source },
    "corpus loaded",
  );
}

/** {@link configure}, then {@link loadKnowledge}: what every single-process entry point does. */
export async function startup(
  defaultLogLevel: (config: Config) => "info" | "warn",
  options: { readonly rebuild?: boolean } = {},
): Promise<Started> {
  const configured = configure(defaultLogLevel);
  return { ...configured, knowledge: await loadKnowledge(configured, options) };
}
