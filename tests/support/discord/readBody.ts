import type { IncomingMessage } from "node:http";
import type { Json } from "./types.js";

/** A request body as the bot sent it: JSON (or multipart `payload_json`) and the number of files. */
export interface ParsedBody {
  readonly body: Json | undefined;
  readonly attachments: number;
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads and parses the body of a REST request; throws on JSON that does not parse. */
export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const raw = await readAll(req);
  if (raw.length === 0) return { body: undefined, attachments: 0 };
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    let attachments = 0;
    let body: Json | undefined;
    for (const [key, value] of form.entries()) {
      if (typeof value !== "string") attachments += 1;
      else if (key === "payload_json") body = JSON.parse(value) as Json;
    }
    return { body, attachments };
  }
  return { body: JSON.parse(raw.toString("utf8")) as Json, attachments: 0 };
}
