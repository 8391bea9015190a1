import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Json, JsonObject } from "./types.js";

const ROOT = path.join(import.meta.dirname, "../../..");

/**
 * A corpus folder for the fuzz test: the seed articles, busy-town (a timeline of several pages,
 * two John Smiths for the speaker menu) and the hostile articles (Markdown, links and mention
 * syntax in titles, text, quotes and dates), each in a sub-folder of a fresh temporary folder.
 */
export async function fuzzCorpus(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-fuzz-corpus-"));
  await cp(path.join(ROOT, "corpus"), path.join(dir, "seeds"), { recursive: true });
  for (const fixture of ["busy-town", "hostile"])
    await cp(path.join(ROOT, "tests/fixtures", fixture), path.join(dir, fixture), {
      recursive: true,
    });
  return dir;
}

/** A button or menu the bot sent, and who ran the command it belongs to. */
export interface Pressable {
  readonly customId: string;
  readonly kind: "button" | "select";
  /** A button's label ("Show passages", "Next", …). */
  readonly label: string;
  /** The values a menu offers. */
  readonly values: readonly string[];
  /** The user who ran the command (page turns and choices are theirs alone). */
  readonly asker: JsonObject;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The enabled buttons and the menus of a message the bot sent. */
export function pressables(message: JsonObject, asker: JsonObject): Pressable[] {
  const rows = Array.isArray(message["components"]) ? message["components"].filter(isObject) : [];
  return rows.flatMap((row) =>
    (Array.isArray(row["components"]) ? row["components"].filter(isObject) : []).flatMap(
      (c): Pressable[] => {
        const customId = typeof c["custom_id"] === "string" ? c["custom_id"] : undefined;
        if (!customId || c["disabled"] === true) return [];
        if (c["type"] === 2)
          return [{ customId, kind: "button", label: String(c["label"] ?? ""), values: [], asker }];
        if (c["type"] !== 3) return [];
        const options = Array.isArray(c["options"]) ? c["options"].filter(isObject) : [];
        return [
          {
            customId,
            kind: "select",
            label: "",
            values: options.map((o) => String(o["value"])),
            asker,
          },
        ];
      },
    ),
  );
}

/** The user an interaction payload was sent by. */
export function invokerOf(payload: JsonObject): JsonObject {
  const member = payload["member"];
  const user = isObject(member) ? member["user"] : payload["user"];
  return isObject(user) ? user : {};
}
