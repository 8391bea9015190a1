import { resolver, type Claim, type ClaimSet, type CiteRef } from "./claims.js";

/**
 * Claims of a core result (`ask`, `timeline`, `quote`) or of its `--json` form, read by shape so
 * the same reader serves both. Returns undefined for anything else.
 */
export function resultClaims(value: unknown): ClaimSet | undefined {
  if (!isObject(value)) return undefined;
  if (Array.isArray(value["sentences"]) && "abstained" in value) return askResult(value);
  if (typeof value["answer"] === "string" && "abstained" in value) return askJson(value);
  if (Array.isArray(value["events"])) return timelineClaims(value);
  if (typeof value["kind"] === "string" && "query" in value) return quoteResult(value);
  if (typeof value["status"] === "string" && Array.isArray(value["quotes"]))
    return quoteJson(value);
  return undefined;
}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function array(value: unknown): Obj[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** A citation object (core or JSON) as a reference. */
function citeRef(c: Obj): CiteRef {
  return {
    n: Number(c["n"]),
    ...(typeof c["articleId"] === "string" ? { articleId: c["articleId"] } : {}),
    ...(typeof c["title"] === "string" ? { title: c["title"] } : {}),
    paragraph: Number(c["paragraph"]),
    ...(typeof c["passage"] === "string" ? { passage: c["passage"] } : {}),
  };
}

function askResult(r: Obj): ClaimSet {
  const problems: string[] = [];
  const listed = array(r["citations"]).map(citeRef);
  const cite = resolver(listed, problems);
  const claims: Claim[] = array(r["sentences"]).map((s, i) => ({
    kind: "sentence",
    text: String(s["text"]),
    where: `ask sentence ${i + 1}`,
    cites: cite([Number(s["citation"])], `ask sentence ${i + 1}`),
  }));
  return { claims, listed, problems };
}

/** `answer` is "sentence [1] sentence [2]": each run of text before its markers is a claim. */
function askJson(r: Obj): ClaimSet {
  const problems: string[] = [];
  const listed = array(r["citations"]).map(citeRef);
  if (r["abstained"] === true) return { claims: [], listed, problems };
  const cite = resolver(listed, problems);
  const claims: Claim[] = [];
  for (const [i, m] of [
    ...String(r["answer"]).matchAll(/(.+?)((?:\s*\[\d+\])+)(?=\s|$)/gsu),
  ].entries()) {
    const where = `ask JSON sentence ${i + 1}`;
    const numbers = [...(m[2] ?? "").matchAll(/\[(\d+)\]/gu)].map((x) => Number(x[1]));
    claims.push({
      kind: "sentence",
      text: (m[1] ?? "").trim(),
      where,
      cites: cite(numbers, where),
    });
  }
  return { claims, listed, problems };
}

/** Core events cite by number; JSON events carry their citations whole. */
function timelineClaims(r: Obj): ClaimSet {
  const problems: string[] = [];
  const core = Array.isArray(r["citations"]);
  const listed = core ? array(r["citations"]).map(citeRef) : undefined;
  const cite = resolver(listed ?? [], problems);
  const claims: Claim[] = array(r["events"]).map((e, i) => {
    const where = `timeline event ${i + 1} (${String(e["date"])})`;
    const raw = Array.isArray(e["citations"]) ? e["citations"] : [];
    const cites = core
      ? cite(raw.map(Number), where)
      : raw.map((c) => (isObject(c) ? citeRef(c) : { n: NaN, paragraph: NaN }));
    return { kind: "event", text: String(e["text"]), where, cites };
  });
  return { claims, ...(listed ? { listed } : {}), problems };
}

function quoteResult(r: Obj): ClaimSet {
  const problems: string[] = [];
  const listed = array(r["citations"]).map(citeRef);
  const cite = resolver(listed, problems);
  const claims: Claim[] = array(r["quotes"]).map((q, i) => {
    const where = `quote ${i + 1}`;
    return { kind: "quote", text: String(q["text"]), where, cites: cite(numbers(q), where) };
  });
  const speaker = isObject(r["speaker"]) ? String(r["speaker"]["name"]) : "";
  if (r["kind"] === "unquoted") {
    const mentions = Array.isArray(r["mentions"]) ? r["mentions"].map(Number) : [];
    claims.push(...mentionClaims(speaker, cite(mentions, "mentions"), "quote mentions"));
  }
  return { claims, listed, problems };
}

function quoteJson(r: Obj): ClaimSet {
  const claims: Claim[] = array(r["quotes"]).map((q, i) => ({
    kind: "quote",
    text: String(q["text"]),
    where: `quote JSON ${i + 1}`,
    cites: array(q["citations"]).map(citeRef),
  }));
  const speaker = isObject(r["speaker"]) ? String(r["speaker"]["name"]) : "";
  claims.push(...mentionClaims(speaker, array(r["mentions"]).map(citeRef), "quote JSON mentions"));
  return { claims, problems: [] };
}

/** Each cited mention of a speaker is a claim of its own: that passage names them. */
export function mentionClaims(name: string, cites: readonly CiteRef[], where: string): Claim[] {
  return cites.map((c) => ({
    kind: "mention",
    text: name,
    where: `${where} [${c.n}]`,
    cites: [c],
  }));
}

function numbers(q: Obj): number[] {
  return Array.isArray(q["citations"]) ? q["citations"].map(Number) : [];
}
