import { CliError } from '../cli-error.js';
import { loadConfig, type ParamConfig, type ParamFlag, parseParamFlag } from '../params.js';
import { keyEnvironmentVariable, type SessionOptions } from '../session.js';
import { loadVendorContext } from '../vendor-context.js';

/** The flags `verify` and `record` share, for `parseArgs`. */
export const LIVE_FLAGS = {
  'base-url': { type: 'string' },
  key: { type: 'string' },
  param: { type: 'string', multiple: true },
  config: { type: 'string' },
  'allow-write': { type: 'string', multiple: true },
  only: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const LIVE_USAGE = `  --base-url URL        the installation's API root, as a client is given it
                        (e.g. https://isp.example.com/api/SmartIPS-v1)
  --key KEY             the API key or token; better: the environment variable ISPKIT_<VENDOR>_KEY
                        (ISPKIT_SMARTISP_KEY, ISPKIT_SURICATA_WISPRO_KEY, ...). It is never printed.
  --param NAME=VALUE    a parameter of every operation that takes NAME (e.g. dni=0102030405);
                        OPERATION.NAME=VALUE for one operation (e.g. getTicket.id=2491). Repeatable.
  --config FILE         parameters from a JSON or YAML file: { params: {NAME: VALUE}, operations:
                        {OPERATION: {path, query, body}} }. Values not given come from the recordings.
  --allow-write OP      also call OP, an operation that writes (never called otherwise). Repeatable.
  --only OP             call only OP. Repeatable.
  --timeout SECONDS     per call (default 30)`;

interface LiveValues {
  'base-url'?: string;
  key?: string;
  param?: string[];
  config?: string;
  'allow-write'?: string[];
  only?: string[];
  timeout?: string;
}

/** The session a `verify` or `record` command line asks for; bad input is a CliError naming the flag. */
export function sessionOptions(
  positionals: string[],
  values: LiveValues,
  command: string,
  env: Record<string, string | undefined>,
): SessionOptions {
  if (positionals.length !== 1) {
    throw new CliError(`${command} takes exactly one vendor, got ${positionals.length ? positionals.join(' ') : 'none'}`);
  }
  const vendor = loadVendorContext(positionals[0]!);
  const baseUrl = values['base-url'];
  if (!baseUrl) throw new CliError(`${command} needs --base-url, the API root of the ${vendor.name} installation`);
  const variable = keyEnvironmentVariable(vendor.name);
  const key = values.key ?? env[variable];
  if (!key?.trim()) throw new CliError(`${command} needs the key: pass --key or set ${variable}`);
  let timeoutMs = 30_000;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) throw new CliError(`--timeout takes seconds, got "${values.timeout}"`);
    timeoutMs = Math.round(seconds * 1000);
  }
  const config: ParamConfig = values.config ? loadConfig(values.config) : { params: {}, operations: {} };
  const params: ParamFlag[] = (values.param ?? []).map(parseParamFlag);
  return { vendor, baseUrl, key, timeoutMs, config, params, allowWrite: values['allow-write'] ?? [], only: values.only ?? [] };
}
