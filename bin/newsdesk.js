#!/usr/bin/env node
// `newsdesk` on the PATH (`npm link`): the terminal front end, run as `npm run cli` runs it
// (the compiled build brought up to date, or the sources through tsx; see run.js).
process.argv.splice(2, 0, "src/cli/main");
await import("./run.js");
