import { resolver, type Claim, type ClaimSet, type CiteRef } from "./claims.js";
import { mentionClaims } from "./resultClaims.js";
import { markerNumbers } from "./textClaims.js";

/** An embed as Discord receives it (the fields the readers look at). */
export interface EmbedLike {
  readonly title?: string;
  readonly description?: string;
  readonly fields?: ReadonlyArray<{ readonly name?: string; readonly value?: string }>;
  readonly footer?: { readonly text?: string };
}

const MARKER_RUN = /(\*\*\[\d+\]\*\*(?: ?\*\*\[\d+\]\*\*)*)/gu;

/**
 * Claims of a Discord message (a reply, an edit, a page turn): every embed's description read as
 * text with `**[n]**` markers, cited to the embed's source fields (`**[n]** Title — …, ¶p`).
 * The passages view ("Show passages": one embed per citation, titled `[n] Title`, the footer
 * naming the paragraph) makes a claim per embed: that text is that paragraph's.
 */
export function discordClaims(message: { readonly embeds?: readonly EmbedLike[] }): ClaimSet {
  const problems: string[] = [];
  const claims: Claim[] = [];
  for (const [e, embed] of (message.embeds ?? []).entries()) {
    const passage = /^\[(\d+)\] (.*)$/su.exec(embed.title ?? "");
    const paragraph = /paragraph (\d+)/u.exec(embed.footer?.text ?? "");
    if (passage && paragraph) {
      const cite = {
        n: Number(passage[1]),
        title: passage[2] ?? "",
        paragraph: Number(paragraph[1]),
      };
      claims.push({
        kind: "passage",
        text: embed.description ?? "",
        where: `passages embed ${e}`,
        cites: [cite],
      });
      continue;
    }
    claims.push(...embedClaims(embed, `embed ${e}`, problems));
  }
  return { claims, problems };
}

/** The claims of one answer embed. */
function embedClaims(embed: EmbedLike, where: string, problems: string[]): Claim[] {
  const listed = (embed.fields ?? []).flatMap((f) => fieldSources(f.value ?? ""));
  const cite = resolver(listed, problems);
  const claims: Claim[] = [];
  const description = embed.description ?? "";
  let from = 0;
  let i = 0;
  for (const m of description.matchAll(MARKER_RUN)) {
    const segment = description.slice(from, m.index);
    from = m.index + m[0].length;
    const at = `${where} claim ${++i}`;
    const cites = cite(markerNumbers(m[1] ?? ""), at);
    // The claim is the last line before the markers; lines above it belong to earlier claims.
    const line = segment.split("\n").at(-1) ?? "";
    if (/^Mentioned in\b/u.test(line)) {
      claims.push(...mentionClaims(embed.title ?? "", cites, at));
      continue;
    }
    const quote = /^> “(.*)”(?: \*\(partial quote\)\*)? *$/su.exec(line);
    if (quote) {
      claims.push({ kind: "quote", text: quote[1] ?? "", where: at, cites });
      continue;
    }
    const event = /^\*\*[^*]+\*\* · (.*)$/su.exec(line);
    if (event) {
      claims.push({ kind: "event", text: event[1] ?? "", where: at, cites });
      continue;
    }
    claims.push({ kind: "sentence", text: line.trim(), where: at, cites });
  }
  return claims;
}

/** Source lines of a field: `**[n]** [Title](url) — publisher, 3 July 2025, ¶4`. */
function fieldSources(value: string): CiteRef[] {
  return value.split("\n").flatMap((line) => {
    const m = /^\*\*\[(\d+)\]\*\* (.*) — .*?¶(\d+)$/u.exec(line);
    if (!m) return [];
    const shown = m[2] ?? "";
    const title = /^\[(.*)\]\((\S+)\)$/su.exec(shown)?.[1] ?? shown;
    return [{ n: Number(m[1]), title, paragraph: Number(m[3]) }];
  });
}
