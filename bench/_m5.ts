import { buildKnowledge } from "../src/buildKnowledge.js";
import { execute } from "../src/cli/execute.js";
import { parseCommandLine } from "../src/cli/parseCommandLine.js";
import { tokenizeLine } from "../src/cli/tokenizeLine.js";
const k = await buildKnowledge("corpus");
console.log(execute(k, parseCommandLine(tokenizeLine("/timeline from:2025"))).stdout.slice(0, 300));
