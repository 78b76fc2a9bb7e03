import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** A JSON Schema 2020-12 validator with formats (date, date-time, email, ipv4) checked. */
export function createValidator(): Ajv2020 {
  // OpenAPI keywords (`example`, `x-*`) are not JSON Schema: tolerate them, check the rest.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

export type { ValidateFunction };

/** One line per failure: `/invoices/0/status must be integer`. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath || '(root)';
    const extra =
      e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : '';
    return `${where} ${e.message}${extra}`;
  });
}
