import { configSchema } from "../../src/config.js";

/**
 * An environment for a Newsdesk process under test: every configuration variable blank (so
 * neither the test runner's environment nor a developer's `.env`, which fills only unset
 * variables, leaks in), PATH kept, then `env`.
 */
export function cleanEnv(env: Record<string, string> = {}): Record<string, string> {
  const blanks = Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, ""]));
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...blanks, ...env };
}
