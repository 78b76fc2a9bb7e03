import {
  buildMeta,
  listOperations,
  loadRecordings,
  loadSpec,
  type OpenApiDocument,
  type OperationEntry,
  type Recording,
  StrictSchemas,
} from '@ispkit/mock';
import { type DriftIssue, validate as runtimeValidate } from '@ispkit/runtime';
import { createValidator, describeErrors, type ValidateFunction } from './validator.js';

/** Everything the suite knows about one vendor, loaded once per run (see `loadVendor`). */
export interface VendorContext {
  name: string;
  spec: OpenApiDocument;
  operations: OperationEntry[];
  /** The recordings the mock serves and the client must reproduce (known docs errors left out). */
  recordings: Recording[];
  /** Documentation examples the server never sends (`knownDocsError`): each must fail the spec. */
  docsErrors: Recording[];
  schemas: StrictSchemas;
  /** The strict validator of a recording's response body. */
  responseValidator(recording: Recording): ValidateFunction;
  /** What the client's drift detection (`@ispkit/runtime`, from the generated metadata) reports on a recording's body. */
  runtimeIssues(recording: Recording, body: unknown): DriftIssue[];
  /** Failures of `value` against the strict schema of a response, one line each. */
  checkResponse(path: string, method: string, status: number, contentType: string, value: unknown): string[];
}

const loaded = new Map<string, VendorContext>();

/**
 * A vendor's context, built on first use and shared by every test file that the same worker runs
 * (the suite runs without isolation): parsing the spec, building the metadata and compiling the
 * validators is most of a test file's start-up. Tests read it and never change it.
 */
export function loadVendor(name: string): VendorContext {
  let vendor = loaded.get(name);
  if (!vendor) {
    vendor = buildVendor(name);
    loaded.set(name, vendor);
  }
  return vendor;
}

function buildVendor(name: string): VendorContext {
  const spec = loadSpec(name);
  const schemas = new StrictSchemas(spec);
  const ajv = createValidator();
  const cache = new Map<string, ValidateFunction>();
  const compile = (path: string, method: string, status: number, contentType: string) => {
    const key = `${method} ${path} ${status} ${contentType}`;
    let validate = cache.get(key);
    if (!validate) {
      const schema = schemas.response(path, method, status, contentType);
      if (!schema) throw new Error(`the spec declares no ${status} ${contentType} response for ${method} ${path}`);
      validate = ajv.compile(schema);
      cache.set(key, validate);
    }
    return validate;
  };
  const meta = buildMeta(spec);
  const recordings = loadRecordings(name);
  return {
    name,
    spec,
    operations: listOperations(spec),
    recordings: recordings.filter((r) => !r.knownDocsError),
    docsErrors: recordings.filter((r) => r.knownDocsError),
    schemas,
    responseValidator: (r) => compile(r.request.path, r.request.method, r.response.status, r.response.contentType),
    runtimeIssues(recording, body) {
      const schema = meta.operations[recording.operationId]?.responses[String(recording.response.status)];
      if (schema === undefined) throw new Error(`no runtime schema for ${recording.name}`);
      return runtimeValidate(schema, body, meta.schemas);
    },
    checkResponse(path, method, status, contentType, value) {
      const validate = compile(path, method, status, contentType);
      return validate(value) ? [] : describeErrors(validate.errors);
    },
  };
}

/** The request body a vendor's recording of `operationId` sent: the one payment the fault and hostile tests make. */
export function recordedBody(vendor: string, operationId: string): Record<string, unknown> {
  const recording = loadVendor(vendor).recordings.find((r) => r.operationId === operationId);
  if (!recording) throw new Error(`${vendor} has no recording of ${operationId}`);
  return structuredClone(recording.request.options?.body) as Record<string, unknown>;
}
