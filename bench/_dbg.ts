import { startDiscordStandIn } from "../tests/support/discord/index.js";
import { startBot } from "../tests/support/botProcess.js";
const s = await startDiscordStandIn();
const bot = await startBot(s, {});
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const r = await s.dispatchInteraction(s.build.chatInput({ name: "ask", options: { question: "Who?" } })).catch(e => String(e));
  console.log(typeof r === "string" ? r : r.body, performance.now() - t);
}
console.log(bot.logs().split("\n").map(l => l.slice(0, 300)).join("\n"));
await bot.stop(); await s.close();
