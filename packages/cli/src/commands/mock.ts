import { parseArgs } from 'node:util';
import { findVendor, type RunningMock, startMock, vendors } from '@ispkit/mock';
import { CliError } from '../cli-error.js';
import type { Io } from '../io.js';
import { count } from '../plural.js';

export const MOCK_USAGE = `usage: ispkit mock [vendor...] [--port N] [--host ADDRESS]

Starts a Prism mock of each vendor spec (all of them when none is named), answering at the
real API paths with the recorded responses and validating every request. Prints one line
per mock on stdout, vendor and API root; notices go to stderr. Ctrl-C stops them.
Vendors: ${vendors.map((v) => `${v.name} (port ${v.port})`).join(', ')}`;

/** Resolves once the mocks are up; they run until the process receives SIGINT or SIGTERM, which ends it. */
export async function mock(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(`${MOCK_USAGE}\n`);
    return 0;
  }
  const names = positionals.length ? positionals : vendors.map((v) => v.name);
  for (const name of names) {
    try {
      findVendor(name);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  }
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new CliError(`--port must be a port number, got "${values.port}"`);
    if (names.length !== 1) throw new CliError('--port applies to one vendor; name exactly one');
  }

  // startMock loads Prism (about a second) on its first call, so only once the arguments are known to be good.
  const mocks: RunningMock[] = [];
  const stop = async () => {
    await Promise.allSettled(mocks.map((m) => m.close()));
    io.stderr('mocks stopped\n');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  for (const name of names) {
    try {
      const started = await startMock(name, {
        ...(port !== undefined && { port }),
        ...(values.host && { host: values.host }),
        log: (line) => io.stderr(`${line}\n`),
      });
      mocks.push(started);
      io.stdout(
        `${name.padEnd(16)} ${started.url}  (${count(started.operations, 'operation')}, ${count(started.examples, 'recording')})\n`,
      );
    } catch (error) {
      // startMock's errors name the port or the host; a non-Error rejection is shown as it came.
      const reason = error instanceof Error ? error.message : String(error);
      await Promise.allSettled(mocks.map((m) => m.close()));
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      throw new CliError(`cannot start the ${name} mock: ${reason}`);
    }
  }
  io.stderr('Ready. Press Ctrl-C to stop.\n');
  return 0;
}
