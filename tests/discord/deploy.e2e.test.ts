import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.js";
import { standInEnv } from "../support/botProcess.js";
import { cleanEnv } from "../support/cleanEnv.js";
import { startDiscordStandIn, type DiscordStandIn } from "../support/discord/index.js";

const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, "../..");
let standIn: DiscordStandIn;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
});
afterAll(async () => {
  await standIn?.close();
});

async function deploy(env: Record<string, string>): Promise<string> {
  const { stdout } = await run("npm", ["run", "-s", "deploy"], {
    cwd: ROOT,
    env: { ...standInEnv(standIn), ...env },
  });
  return stdout;
}

describe("npm run deploy", () => {
  it("registers every command in the test server, installable to servers and users, in every context", async () => {
    const guildId = standIn.guilds[0]!.id;
    expect(await deploy({ DISCORD_GUILD_ID: guildId })).toContain(`in server ${guildId}`);
    const registered = standIn.commands.get(guildId) ?? [];
    expect(registered.map((c) => (c as { name: string }).name)).toEqual(
      COMMANDS.map((c) => c.name),
    );
    for (const command of registered) {
      expect(command).toMatchObject({ type: 1, integration_types: [0, 1], contexts: [0, 1, 2] });
    }
    const ask = registered.find((c) => (c as { name: string }).name === "ask");
    expect(ask).toMatchObject({
      options: [{ type: 3, name: "question", required: true, min_length: 3, max_length: 300 }],
    });
  });

  it("registers globally when no server is configured", async () => {
    expect(await deploy({})).toContain("globally");
    expect((standIn.commands.get("global") ?? []).length).toBe(COMMANDS.length);
  });

  it("sends a registration body Discord's OpenAPI description accepts", ({ skip }) => {
    if (!standIn.openApi.available) skip(standIn.openApi.notice);
    expect(standIn.openApi.violations).toEqual([]);
  });

  it("stops with a clear line when the token is missing", async () => {
    await expect(
      run("npm", ["run", "-s", "deploy"], {
        cwd: ROOT,
        env: cleanEnv(),
      }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining("config: DISCORD_TOKEN is required to register commands"),
    });
  });
});
