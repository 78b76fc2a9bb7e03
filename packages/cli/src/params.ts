import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CliError } from './cli-error.js';
import type { OperationInfo, ParameterSpec, VendorContext } from './vendor-context.js';

/** What a generated client operation is called with. */
export interface CallOptions {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/**
 * The parameter file (`--config`, JSON or YAML):
 *
 * ```yaml
 * params:                 # by parameter name, for every operation that takes it
 *   dni: "0102030405"
 * operations:             # for one operation, over `params`
 *   getTicket: { path: { id: 2491 } }
 * ```
 */
export interface ParamConfig {
  params: Record<string, unknown>;
  operations: Record<string, CallOptions>;
}

/** One `--param [operationId.]name=value`. */
export interface ParamFlag {
  operationId?: string;
  name: string;
  value: string;
}

export function loadConfig(file: string): ParamConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read the config file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new CliError(`the config file ${file} is neither JSON nor YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  data ??= {};
  if (!isRecord(data)) throw new CliError(`the config file ${file} must hold an object with "params" and/or "operations"`);
  const unknown = Object.keys(data).filter((key) => key !== 'params' && key !== 'operations');
  if (unknown.length)
    throw new CliError(`the config file ${file} has unknown keys: ${unknown.join(', ')} (known: params, operations)`);
  const params = data.params ?? {};
  const operations = data.operations ?? {};
  if (!isRecord(params)) throw new CliError(`the config file ${file}: "params" must map parameter names to values`);
  if (!isRecord(operations) || !Object.values(operations).every(isCallOptions)) {
    throw new CliError(`the config file ${file}: "operations" must map operation ids to { path, query, body }`);
  }
  return { params, operations: operations as Record<string, CallOptions> };
}

export function parseParamFlag(flag: string): ParamFlag {
  const match = /^(?:([A-Za-z][\w-]*)\.)?([^=.]+)=(.*)$/s.exec(flag);
  if (!match) throw new CliError(`--param takes NAME=VALUE or OPERATION.NAME=VALUE, got "${flag.split('=')[0]}"`);
  const [, operationId, name, value] = match;
  return { ...(operationId && { operationId }), name: name!, value: value! };
}

/** Refuses parameters and operations the vendor does not have: a typo would otherwise go unnoticed. */
export function checkParamSources(vendor: VendorContext, config: ParamConfig, flags: ParamFlag[]): void {
  const byId = new Map(vendor.operations.map((o) => [o.operationId, o]));
  const takes = (name: string) => vendor.operations.some((o) => o.parameters.some((p) => p.name === name));
  for (const name of Object.keys(config.params)) {
    if (!takes(name)) throw new CliError(`the config's params name "${name}", which no ${vendor.name} operation takes`);
  }
  for (const id of Object.keys(config.operations)) {
    if (!byId.has(id)) throw new CliError(`the config names the operation "${id}", which ${vendor.name} does not have`);
  }
  for (const flag of flags) {
    if (flag.operationId === undefined) {
      if (!takes(flag.name))
        throw new CliError(`--param ${flag.name}: no ${vendor.name} operation takes a parameter "${flag.name}"`);
      continue;
    }
    const operation = byId.get(flag.operationId);
    if (!operation)
      throw new CliError(`--param ${flag.operationId}.${flag.name}: ${vendor.name} has no operation "${flag.operationId}"`);
    if (!operation.parameters.some((p) => p.name === flag.name)) {
      throw new CliError(`--param ${flag.operationId}.${flag.name}: ${flag.operationId} takes no parameter "${flag.name}"`);
    }
  }
}

export interface ResolvedCall {
  options: CallOptions;
  /** Required parameters nobody gave a value for. */
  missing: string[];
}

/**
 * The options of one call, each source over the previous: the operation's recording (so that
 * a faithful server answers out of the box), the config's `params`, its `operations` entry,
 * `--param name=…`, then `--param operation.name=…`.
 */
export function resolveCall(operation: OperationInfo, config: ParamConfig, flags: ParamFlag[]): ResolvedCall {
  const recorded = operation.recording?.request.options ?? {};
  const perOperation = config.operations[operation.operationId] ?? {};
  const path: Record<string, unknown> = { ...recorded.path };
  const query: Record<string, unknown> = { ...recorded.query };
  const set = (parameter: ParameterSpec, value: unknown) => {
    const target = parameter.in === 'path' ? path : parameter.in === 'query' ? query : undefined;
    if (target) target[parameter.name] = coerce(parameter, value);
  };
  for (const parameter of operation.parameters) {
    if (parameter.name in config.params) set(parameter, config.params[parameter.name]);
  }
  Object.assign(path, perOperation.path);
  Object.assign(query, perOperation.query);
  for (const flag of flags.filter((f) => f.operationId === undefined).concat(flags.filter((f) => f.operationId !== undefined))) {
    if (flag.operationId !== undefined && flag.operationId !== operation.operationId) continue;
    for (const parameter of operation.parameters.filter((p) => p.name === flag.name)) set(parameter, flag.value);
  }
  const missing = operation.parameters
    .filter((p) => p.required && (p.in === 'path' || p.in === 'query'))
    .filter((p) => (p.in === 'path' ? path : query)[p.name] === undefined)
    .map((p) => p.name);
  const body = perOperation.body ?? recorded.body;
  return {
    options: {
      ...(Object.keys(path).length > 0 && { path }),
      ...(Object.keys(query).length > 0 && { query }),
      ...(body !== undefined && { body: materialize(body) }),
    },
    missing,
  };
}

/** A command-line string turned into the type the parameter's schema asks for, so the client serializes it as the spec says. */
function coerce(parameter: ParameterSpec, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const types = [parameter.type ?? []].flat();
  if ((types.includes('integer') || types.includes('number')) && !types.includes('string') && /^-?\d+(\.\d+)?$/.test(value)) {
    return Number(value);
  }
  if (types.includes('boolean') && !types.includes('string') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** A recording's stand-in for a file, `{ "$file": { name, type, content } }`, turned into a `File`. */
function materialize(value: unknown): unknown {
  if (isRecord(value) && isRecord(value.$file) && Object.keys(value).length === 1) {
    const { name, type, content } = value.$file as { name: string; type?: string; content: string };
    return new File([content], name, { type: type ?? 'application/octet-stream' });
  }
  if (Array.isArray(value)) return value.map(materialize);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialize(v)]));
  return value;
}

function isCallOptions(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).every((k) => ['path', 'query', 'body'].includes(k));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
