import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file rather than the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Shared data sets live next to the repository. */
export const DATA_DIR = path.resolve(REPO_ROOT, "../shared/data");

/** SQuAD v1.1 dev: 48 Wikipedia articles, 2,067 paragraphs, 10,570 questions. */
export const SQUAD_FILE = path.join(DATA_DIR, "squad-v1.1-dev/dev-v1.1.json");

/** BBC News: 2,225 articles, one JSON object a line, gzipped. */
export const BBC_FILE = path.join(DATA_DIR, "bbc-news/bbc-articles.jsonl.gz");

/** The seed articles the bot ships with. */
export const SEED_DIR = path.join(REPO_ROOT, "corpus");

/** Where `npm run bench` writes its JSON (gitignored). */
export const RESULTS_DIR = path.join(REPO_ROOT, "bench/results");
