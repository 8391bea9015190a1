import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { Json } from "./types.js";

/** An operation of the spec, found by method and concrete path. */
export interface SpecOperation {
  readonly template: string;
  readonly method: string;
  /** JSON pointer (inside the spec) of the operation object. */
  readonly pointer: string;
  readonly operation: { readonly [key: string]: unknown };
}

interface Route extends SpecOperation {
  readonly pattern: RegExp;
  readonly literals: number;
}

const specId = "https://discord.com/api/v10/openapi.json";
const methods = ["get", "put", "post", "patch", "delete"] as const;

/** JSON-pointer segment escaped and then URI-encoded, as ajv expects in a `$ref` fragment. */
function pointerSegment(segment: string): string {
  return encodeURIComponent(segment.replaceAll("~", "~0").replaceAll("/", "~1"));
}

function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const int32 = (n: number): boolean => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31;

/** Discord's OpenAPI description loaded into ajv (2020-12), with its routes indexed for lookup. */
export class OpenApiSpec {
  readonly #ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  readonly #routes: Route[] = [];
  readonly #compiled = new Map<string, ValidateFunction | null>();
  readonly #spec: { readonly [key: string]: unknown };

  constructor(spec: { readonly [key: string]: unknown }) {
    this.#spec = spec;
    // Formats the spec uses; ajv would otherwise ignore or reject them.
    this.#ajv.addFormat("int32", { type: "number", validate: int32 });
    this.#ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
    this.#ajv.addFormat("double", { type: "number", validate: (n: number) => Number.isFinite(n) });
    this.#ajv.addFormat("snowflake", /^(0|[1-9][0-9]{0,19})$/);
    this.#ajv.addFormat("nonce", /^.{0,25}$/s);
    this.#ajv.addFormat(
      "date-time",
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
    );
    this.#ajv.addFormat("uri", (s: string) => URL.canParse(s));
    this.#ajv.addKeyword("x-discord-union");
    this.#ajv.addSchema({ ...spec, $id: specId });
    const paths = isRecord(spec["paths"]) ? spec["paths"] : {};
    for (const [template, item] of Object.entries(paths)) {
      if (!isRecord(item)) continue;
      const segments = template.split("/").slice(1);
      const pattern = new RegExp(
        `^/${segments.map((s) => (s.startsWith("{") ? "[^/]+" : s.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))).join("/")}$`,
      );
      const literals = segments.filter((s) => !s.startsWith("{")).length;
      for (const method of methods) {
        const operation = item[method];
        if (!isRecord(operation)) continue;
        const pointer = `/paths/${pointerSegment(template)}/${method}`;
        this.#routes.push({
          template,
          method: method.toUpperCase(),
          pointer,
          operation,
          pattern,
          literals,
        });
      }
    }
    // Prefer `/messages/@original` over `/messages/{message_id}`.
    this.#routes.sort((a, b) => b.literals - a.literals);
  }

  /** The operation for `method path` (path without `/api/v10`), or `undefined`. */
  find(method: string, path: string): SpecOperation | undefined {
    return this.#routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(path));
  }

  /** A validator for the schema at `pointer` (a JSON pointer into the spec), or `null` if there is none. */
  validator(pointer: string): ValidateFunction | null {
    const cached = this.#compiled.get(pointer);
    if (cached !== undefined) return cached;
    let compiled: ValidateFunction | null = null;
    if (this.resolve(pointer) !== undefined)
      compiled = this.#ajv.compile({ $ref: `${specId}#${pointer}` });
    this.#compiled.set(pointer, compiled);
    return compiled;
  }

  /** The raw value at a JSON pointer built from already-encoded segments. */
  resolve(pointer: string): unknown {
    let node: unknown = this.#spec;
    for (const raw of pointer.split("/").slice(1)) {
      const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
      if (Array.isArray(node)) node = node[Number(key)];
      else if (isRecord(node)) node = node[key];
      else return undefined;
    }
    return node;
  }

  /** ajv's errors as `instancePath: message` lines. */
  static describe(validate: ValidateFunction, data: Json | undefined): string[] {
    if (validate(data)) return [];
    return (validate.errors ?? []).map(
      (e) => `${e.instancePath || "(body)"}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
    );
  }
}

export { pointerSegment };
