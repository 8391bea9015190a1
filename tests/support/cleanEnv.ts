import { configSchema } from "../../src/config.js";

/**
 * An environment for a Newsdesk process under test: every configuration variable blank (so
 * neither the test runner's environment nor a developer's `.env`, which fills only unset
 * variables, leaks in), PATH kept, then `env`. The index cache is off unless `env` names one:
 * a blank one is the project's `.cache/index`, and writing a snapshot there removes the other
 * snapshots, so a test over the seeds would throw away the index a developer's own corpus
 * took minutes to build.
 */
export function cleanEnv(env: Record<string, string> = {}): Record<string, string> {
  const blanks = Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, ""]));
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    ...blanks,
    INDEX_CACHE_DIR: "off",
    ...env,
  };
}
