import { compact, type OperationEntry, type StrictSchemas } from '@ispkit/mock';
import { MAX_DEPTH, nestedDeeperThan, UNSAFE_INTEGER, validate } from '@ispkit/runtime';
import type { Exchange } from './call.js';

/** One way an answer departs from the spec. */
export interface Issue {
  /** `status`, `content-type`, `body` (not parseable) or a JSON pointer into the body (`/plans/0/name`). */
  where: string;
  expected: string;
  got: string;
}

export interface Comparison {
  issues: Issue[];
  /** The parsed JSON body, when the answer was JSON. */
  body?: unknown;
  /** The media type the spec declares for the answer's status, when it declares a body. */
  declaredContentType?: string;
}

const SHOWN = 60;

/**
 * Compares an answer with its operation in the spec: a declared status, a declared content
 * type, and a body matching the strict schema (objects closed, so undeclared fields count).
 * The body check is the clients' own drift checker on the schema the code generator builds,
 * which the contract suite holds equal to Ajv's verdict.
 */
export function compareResponse(
  schemas: StrictSchemas,
  operation: OperationEntry,
  exchange: Exchange,
  /** Masks credentials; applied to every text taken from the answer before it is cut or escaped. */
  mask: (text: string) => string = (text) => text,
): Comparison {
  const responses = (operation.operation.responses ?? {}) as Record<string, unknown>;
  const status = statusKey(Object.keys(responses), exchange.status);
  const mediaType = mediaTypeOf(exchange.contentType);
  const parsed = parseJson(exchange.text);
  const snippet = (text: string) => snippetOf(mask(text));
  const show = (value: unknown) => showValue(value, mask);
  if (status === undefined) {
    return {
      issues: [
        { where: 'status', expected: Object.keys(responses).join(' or '), got: `${exchange.status} ${mediaType ?? ''}`.trim() },
      ],
      ...(parsed.ok && { body: parsed.value }),
    };
  }
  const response = schemas.strict(responses[status]) as { content?: Record<string, unknown> };
  const declared = Object.keys(response.content ?? {});
  if (declared.length === 0) {
    const issues = exchange.text.trim() ? [{ where: 'body', expected: 'no body', got: snippet(exchange.text) }] : [];
    return { issues };
  }

  const issues: Issue[] = [];
  if (!mediaType || !declared.includes(mediaType)) {
    issues.push({ where: 'content-type', expected: declared.join(' or '), got: exchange.contentType ?? 'none' });
  }
  // PHP servers label JSON text/html: the body is still judged against the declared JSON schema.
  const contentType = mediaType && declared.includes(mediaType) ? mediaType : (declared.find(isJson) ?? declared[0]!);
  if (!isJson(contentType)) return { issues, declaredContentType: contentType };
  if (!parsed.ok) {
    const deep = parsed.tooDeep;
    issues.push({
      where: 'body',
      expected: deep ? `JSON nested at most ${MAX_DEPTH} levels` : 'JSON',
      got: deep ? 'deeper' : snippet(exchange.text),
    });
    return { issues, declaredContentType: contentType };
  }
  const schema = schemas.response(operation.path, operation.method, status, contentType);
  if (schema !== undefined) {
    const checked = compact(schema, `${operation.operationId} ${status}`);
    // Keys are masked before they are escaped into a pointer: a key echoed as a property name stays hidden.
    const rawPointers = validate(checked, parsed.value);
    const masked = validate(checked, parsed.value, [], { maskKey: mask });
    masked.forEach(({ pointer, message }, i) => {
      issues.push({ where: pointer || '/', ...expectedAndGot(message, parsed.value, rawPointers[i]!.pointer, show) });
    });
  }
  return { issues, body: parsed.value, declaredContentType: contentType };
}

/** `text/html; charset=UTF-8` → `text/html`; undefined when there is none. */
export function mediaTypeOf(contentType: string | null): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/** The response key that covers a status: exact, then `4XX`-style ranges, then `default`. */
function statusKey(keys: string[], status: number): string | undefined {
  const exact = String(status);
  if (keys.includes(exact)) return exact;
  const range = `${exact[0]}XX`;
  return keys.find((k) => k.toUpperCase() === range) ?? (keys.includes('default') ? 'default' : undefined);
}

function expectedAndGot(
  message: string,
  body: unknown,
  pointer: string,
  show: (value: unknown) => string,
): Pick<Issue, 'expected' | 'got'> {
  if (message === 'is required but missing') return { expected: 'present (required)', got: 'missing' };
  const got = show(valueAt(body, pointer));
  if (message === 'is not declared by the spec') return { expected: 'absent (undeclared)', got };
  return { expected: RESTATED[message] ?? message.replace(/, got \w+$/, '').replace(/^must (be )?/, ''), got };
}

// The checker's messages that do not start with "must", restated as what was expected.
const RESTATED: Record<string, string> = {
  'matches none of the allowed shapes': 'one of the allowed shapes',
  'matches more than one of the allowed shapes': 'exactly one of the allowed shapes',
  'matches a shape that is not allowed': 'not the excluded shape',
  'is not allowed': 'nothing here',
  [UNSAFE_INTEGER]: 'an integer within ±2^53',
};

function valueAt(body: unknown, pointer: string): unknown {
  let node = body;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node;
}

/** A value as JSON, masked first and then cut. */
function showValue(value: unknown, mask: (text: string) => string): string {
  const text = mask(JSON.stringify(value) ?? 'undefined');
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
}

function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return 'an empty body';
  return JSON.stringify(flat.length > SHOWN ? `${flat.slice(0, SHOWN - 1)}…` : flat);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; tooDeep?: boolean } {
  // Refused before parsing: every walk over the body (checker, masking, printing) stays bounded.
  if (nestedDeeperThan(text, MAX_DEPTH)) return { ok: false, tooDeep: true };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isJson(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}
