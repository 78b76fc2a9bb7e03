import {
  buildMeta,
  findVendor,
  listOperations,
  loadRecordings,
  loadSpec,
  type OpenApiDocument,
  type OperationEntry,
  type Recording,
  StrictSchemas,
  type VendorName,
} from '@ispkit/mock';
import type { FailureEnvelope } from '@ispkit/runtime';
import { CliError } from './cli-error.js';

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** The schema's `type`, used to turn a command-line string into the value the spec expects. */
  type?: string | string[];
  /** The parameter's strict schema: what `record` may keep of its value (an enum, `x-ispkit-record: keep`). */
  schema?: Record<string, unknown>;
}

export interface OperationInfo extends OperationEntry {
  /** GET or HEAD and safe to repeat (`x-ispkit-idempotent` not false): the only operations called unasked. */
  readOnly: boolean;
  parameters: ParameterSpec[];
  /** The first success recording that is not a known docs error: the source of default parameter values. */
  recording?: Recording;
}

/** What the commands know about one vendor: its spec, the strict view of its schemas, its operations. */
export interface VendorContext {
  name: VendorName;
  spec: OpenApiDocument;
  schemas: StrictSchemas;
  operations: OperationInfo[];
  /** The vendor's "failure inside an answer" envelope (`x-ispkit-failure`), when it has one. */
  failure?: FailureEnvelope;
}

export function loadVendorContext(name: string): VendorContext {
  let vendor: VendorName;
  try {
    vendor = findVendor(name).name;
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const spec = loadSpec(vendor);
  const schemas = new StrictSchemas(spec);
  const meta = buildMeta(spec);
  const recordings = loadRecordings(vendor).filter((r) => !r.knownDocsError && r.response.status < 300);
  const operations = listOperations(spec).map((entry): OperationInfo => {
    const method = entry.method.toUpperCase();
    return {
      ...entry,
      readOnly: (method === 'GET' || method === 'HEAD') && meta.operations[entry.operationId]?.idempotent === true,
      parameters: parametersOf(spec, schemas, entry),
      recording: recordings.find((r) => r.operationId === entry.operationId),
    };
  });
  return { name: vendor, spec, schemas, operations, ...(meta.failure && { failure: meta.failure }) };
}

/** Path-level parameters, overridden by the operation's own of the same name and location. */
function parametersOf(spec: OpenApiDocument, schemas: StrictSchemas, entry: OperationEntry): ParameterSpec[] {
  const declared = [
    ...((spec.paths[entry.path]?.parameters as unknown[] | undefined) ?? []),
    ...((entry.operation.parameters as unknown[] | undefined) ?? []),
  ].map(
    (raw) =>
      schemas.strict(raw) as {
        name: string;
        in: ParameterSpec['in'];
        required?: boolean;
        schema?: { type?: string } & Record<string, unknown>;
      },
  );
  const byKey = new Map<string, ParameterSpec>();
  for (const p of declared) {
    byKey.set(`${p.in} ${p.name}`, {
      name: p.name,
      in: p.in,
      required: p.required === true || p.in === 'path',
      ...(p.schema?.type !== undefined && { type: p.schema.type }),
      ...(p.schema !== undefined && { schema: p.schema }),
    });
  }
  return [...byKey.values()];
}
