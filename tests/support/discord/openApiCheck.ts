import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { OpenApiSpec } from "./openApiSpec.js";
import type { Json, OpenApiViolation } from "./types.js";

/** Where the team keeps Discord's OpenAPI description: `../shared/data/discord-openapi/` from the repo root. */
export const defaultOpenApiPath = fileURLToPath(
  new URL("../../../../shared/data/discord-openapi/openapi.json", import.meta.url),
);

const loaded = new Map<string, OpenApiSpec>();

function loadSpec(path: string): OpenApiSpec {
  let spec = loaded.get(path);
  if (!spec) {
    spec = new OpenApiSpec(JSON.parse(readFileSync(path, "utf8")) as { [key: string]: unknown });
    loaded.set(path, spec);
  }
  return spec;
}

const jsonContent = ["application~1json", "multipart~1form-data"];

/**
 * Checks request bodies against Discord's OpenAPI description and collects the violations. When
 * the description is absent, `available` is false, nothing is checked and `notice` says why.
 */
export class OpenApiCheck {
  /** Whether the description was found and loaded. */
  readonly available: boolean;
  /** One line for a test to print when the check is skipped. */
  readonly notice: string;
  readonly #spec: OpenApiSpec | undefined;
  readonly #violations: OpenApiViolation[] = [];

  constructor(path: string = defaultOpenApiPath) {
    this.available = existsSync(path);
    this.#spec = this.available ? loadSpec(path) : undefined;
    this.notice = this.available
      ? `discord stand-in: request bodies are checked against ${path}`
      : `discord stand-in: OpenAPI check skipped, ${path} is absent`;
  }

  /** Every violation recorded so far. */
  get violations(): readonly OpenApiViolation[] {
    return this.#violations;
  }

  /** Checks one request (path without `/api/v10`), records and returns its violation, if any. */
  checkRequest(method: string, path: string, body: Json | undefined): OpenApiViolation | undefined {
    const spec = this.#spec;
    if (!spec) return undefined;
    const operation = spec.find(method, path);
    const violation = (template: string | null, errors: string[]): OpenApiViolation => {
      const v: OpenApiViolation = { method, path, template, body, errors };
      this.#violations.push(v);
      return v;
    };
    if (!operation) return violation(null, [`no operation ${method} ${path} in the spec`]);
    if (body === undefined) {
      const required =
        (operation.operation["requestBody"] as { required?: unknown } | undefined)?.required ===
        true;
      return required
        ? violation(operation.template, ["(body): a request body is required"])
        : undefined;
    }
    const pointer = jsonContent
      .map((type) => `${operation.pointer}/requestBody/content/${type}/schema`)
      .find((p) => spec.resolve(p) !== undefined);
    if (!pointer)
      return violation(operation.template, ["(body): the operation takes no request body"]);
    const errors = this.#errors(spec, pointer, body);
    return errors.length > 0 ? violation(operation.template, errors) : undefined;
  }

  /**
   * Checks a response body against the operation's schema for `status`; returns the errors without
   * recording them (used to keep the stand-in's own answers honest).
   */
  checkResponse(method: string, path: string, status: number, body: Json | undefined): string[] {
    const spec = this.#spec;
    const operation = spec?.find(method, path);
    if (!spec || !operation) return [];
    const pointer = `${operation.pointer}/responses/${status}/content/application~1json/schema`;
    return spec.resolve(pointer) === undefined ? [] : this.#errors(spec, pointer, body);
  }

  /** Errors for the schema at `pointer`; for a union, those of the member that came closest. */
  #errors(spec: OpenApiSpec, pointer: string, body: Json | undefined): string[] {
    const validate = spec.validator(pointer);
    if (!validate) return [];
    const errors = OpenApiSpec.describe(validate, body);
    const schema = spec.resolve(pointer) as { anyOf?: unknown; oneOf?: unknown } | undefined;
    const union = Array.isArray(schema?.anyOf)
      ? "anyOf"
      : Array.isArray(schema?.oneOf)
        ? "oneOf"
        : undefined;
    if (errors.length === 0 || union === undefined) return errors;
    const members = (schema?.[union] as unknown[]).map((member, i) => {
      const ref = (member as { $ref?: unknown }).$ref;
      const name = typeof ref === "string" ? ref.split("/").at(-1) : `${union}[${i}]`;
      const branch = spec.validator(`${pointer}/${union}/${i}`);
      return { name, errors: branch ? OpenApiSpec.describe(branch, body) : [] };
    });
    // A member whose `type` discriminator does not match is further away than any error count says.
    const rank = (m: { errors: string[] }): number =>
      (m.errors.some((e) => e.startsWith("/type:")) ? 1e6 : 0) + m.errors.length;
    const closest = members.sort((a, b) => rank(a) - rank(b))[0];
    return closest ? closest.errors.map((e) => `${closest.name} ${e}`) : errors;
  }
}
