import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "coverage", ".cache", "bench/results", "scratch", "dist"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      "no-console": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The terminal front end, scripts and benchmarks write to stdout on purpose.
    files: ["src/cli/**", "bench/**", "bin/**", "src/discord/deploy.ts"],
    rules: { "no-console": "off" },
  },
);
