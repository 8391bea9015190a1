import { readFileSync } from "node:fs";

/** A TIMEX3 annotation of a TimeML document, with offsets into the document's plain text. */
export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

/** A TimeML document reduced to what a date tagger sees: plain text and its creation date. */
export interface TimemlDocument {
  readonly id: string;
  /** Document creation time, `YYYY-MM-DD`. */
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/gu, (_, name: string) => ENTITIES[name] ?? "");
}

/**
 * Reads a TimeML file: the `<TEXT>` element with its inline tags stripped, the TIMEX3 elements
 * inside it (offsets into that plain text) and the DCT's value.
 */
export function readTimeml(file: string): TimemlDocument {
  const xml = readFileSync(file, "utf8");
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"/u.exec(xml)?.[1]?.slice(0, 10) ?? "";
  const id = /<DOCID>\s*([^<]+?)\s*<\/DOCID>/u.exec(xml)?.[1] ?? file;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/u.exec(xml)?.[1] ?? "";
  let text = "";
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const part of body.split(/(<[^>]+>)/u)) {
    if (!part.startsWith("<")) {
      text += decode(part);
      continue;
    }
    if (part.startsWith("<TIMEX3")) {
      const type = /\btype="([^"]*)"/u.exec(part)?.[1] ?? "";
      const value = /\bvalue="([^"]*)"/u.exec(part)?.[1] ?? "";
      open = { start: text.length, type, value };
    } else if (part.startsWith("</TIMEX3") && open) {
      timexes.push({
        start: open.start,
        end: text.length,
        text: text.slice(open.start),
        type: open.type,
        value: open.value,
      });
      open = null;
    }
  }
  return { id, dct, text, timexes };
}
