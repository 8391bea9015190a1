import { createLogger } from "../src/logger.js";
const l = createLogger("info", true); l.info({ added: 1, ms: 12 }, "corpus reloaded: 1 added"); l.warn({path: "a.md"}, "corpus: skipped a.md: bad");
createLogger("info", false).info("json line");
