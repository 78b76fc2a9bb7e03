import { createMasker } from '@ispkit/runtime';
import { type CallOutcome, createCaller, type Exchange } from './call.js';
import { CliError } from './cli-error.js';
import { type Comparison, compareResponse, type Issue } from './compare.js';
import { type CallOptions, checkParamSources, type ParamConfig, type ParamFlag, resolveCall } from './params.js';
import { count } from './plural.js';
import type { OperationInfo, VendorContext } from './vendor-context.js';

export interface SessionOptions {
  vendor: VendorContext;
  baseUrl: string;
  key: string;
  timeoutMs: number;
  config: ParamConfig;
  params: ParamFlag[];
  /** Operations that write, named to be called anyway. */
  allowWrite: string[];
  /** When not empty, only these operations. */
  only: string[];
}

export type Result = 'ok' | 'drift' | 'error' | 'skipped';

export interface OperationResult {
  operation: OperationInfo;
  result: Result;
  options?: CallOptions;
  exchange?: Exchange;
  comparison?: Comparison;
  issues: Issue[];
  /** Why an operation was skipped or failed, or what to know about an answer that conforms. */
  note?: string;
}

/** The operations a run calls: the read-only ones, those named with --allow-write, narrowed by --only. */
export function selectOperations(vendor: VendorContext, allowWrite: string[], only: string[]): OperationInfo[] {
  const byId = new Map(vendor.operations.map((o) => [o.operationId, o]));
  for (const id of [...allowWrite, ...only]) {
    if (!byId.has(id)) {
      throw new CliError(
        `${vendor.name} has no operation "${id}"; it has: ${vendor.operations.map((o) => o.operationId).join(', ')}`,
      );
    }
  }
  for (const id of only) {
    if (!byId.get(id)!.readOnly && !allowWrite.includes(id)) {
      throw new CliError(
        `${id} writes (${byId.get(id)!.method.toUpperCase()} ${byId.get(id)!.path}): name it with --allow-write ${id} to call it`,
      );
    }
  }
  return vendor.operations.filter(
    (o) => (o.readOnly || allowWrite.includes(o.operationId)) && (only.length === 0 || only.includes(o.operationId)),
  );
}

/**
 * Calls each selected operation once, in spec order, and compares every answer with the spec.
 * Stops the whole run, with a one-line reason, when the server cannot be reached or refuses
 * the key: every other call would fail the same way.
 */
export async function runSession(
  options: SessionOptions,
  title: string,
  log: (line: string) => void,
): Promise<OperationResult[]> {
  const { vendor } = options;
  checkParamSources(vendor, options.config, options.params);
  const operations = selectOperations(vendor, options.allowWrite, options.only);
  // The title waits for the first answer: a run that cannot start prints its one-line reason alone.
  let titled = false;
  const progress = (line: string) => {
    if (!titled) log(`${title}: ${count(operations.length, 'operation')}`);
    titled = true;
    log(line);
  };
  const call = createCaller({ vendor: vendor.name, baseUrl: options.baseUrl, key: options.key, timeoutMs: options.timeoutMs });
  const results: OperationResult[] = [];
  for (const [i, operation] of operations.entries()) {
    const counter = `[${i + 1}/${operations.length}] ${operation.operationId}`;
    const { options: callOptions, missing } = resolveCall(operation, options.config, options.params);
    if (missing.length > 0) {
      const note = `needs ${missing.map((m) => `--param ${m}=…`).join(' and ')}`;
      results.push({ operation, result: 'skipped', issues: [], note });
      progress(`${counter} skipped: ${note}`);
      continue;
    }
    const outcome = await call(operation.operationId, callOptions);
    const result = judge(operation, callOptions, outcome, options);
    results.push(result);
    progress(
      `${counter} ${result.exchange ? `${result.exchange.status} ` : ''}${result.result}${result.note ? `: ${result.note}` : ''}`,
    );
  }
  return results;
}

function judge(
  operation: OperationInfo,
  callOptions: CallOptions,
  outcome: CallOutcome,
  options: SessionOptions,
): OperationResult {
  const { vendor } = options;
  if (outcome.kind === 'no-answer') {
    if (outcome.unreachable) throw new CliError(`cannot reach ${showUrl(options.baseUrl)}: ${outcome.reason}`);
    return { operation, result: 'error', options: callOptions, issues: [], note: outcome.reason };
  }
  const { exchange } = outcome;
  const keyVariable = keyEnvironmentVariable(vendor.name);
  if (exchange.status === 401 || refusedToken(vendor, exchange)) {
    throw new CliError(
      `${vendor.name} refused the key: ${operation.operationId} answered ${exchange.status}; check --key or ${keyVariable}`,
    );
  }
  // The failure envelope (x-ispkit-failure) is the vendor saying no, not drift: the success schema does not apply.
  if (outcome.vendorFailure !== undefined) {
    const note = `the vendor answered a failure: ${JSON.stringify(outcome.vendorFailure)}`;
    return { operation, options: callOptions, exchange, issues: [], result: 'error', note };
  }
  const comparison = compareResponse(vendor.schemas, operation, exchange, masker([options.key]));
  const base = { operation, options: callOptions, exchange, comparison, issues: comparison.issues };
  if (comparison.issues.length > 0) return { ...base, result: 'drift' };
  if (exchange.status >= 300) {
    return { ...base, result: 'ok', note: `a declared ${exchange.status}; give other parameters to check the success answer` };
  }
  return { ...base, result: 'ok' };
}

/**
 * Some vendors answer a bad key with their failure envelope instead of 401 (PMP: 404,
 * "Token is not defined."): a client-error status whose envelope message speaks of the token.
 */
function refusedToken(vendor: VendorContext, exchange: Exchange): boolean {
  if (!vendor.failure || exchange.status < 400 || exchange.status >= 500) return false;
  let body: unknown;
  try {
    body = JSON.parse(exchange.text);
  } catch {
    return false;
  }
  if (typeof body !== 'object' || body === null) return false;
  const record = body as Record<string, unknown>;
  if (record[vendor.failure.property] !== vendor.failure.value) return false;
  return vendor.failure.message.some((m) => typeof record[m] === 'string' && /\btoken\b/i.test(record[m] as string));
}

export function keyEnvironmentVariable(vendor: string): string {
  return `ISPKIT_${vendor.toUpperCase().replace(/-/g, '_')}_KEY`;
}

/** A URL fit to print: no user or password in it. */
export function showUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** Masks the key wherever it would be printed (an echoing server, a message quoting a request). */
export function masker(secrets: string[]): (text: string) => string {
  return createMasker(secrets);
}
