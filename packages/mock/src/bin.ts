#!/usr/bin/env node
import { parseArgs } from 'node:util';
import type { RunningMock } from './server.js';
import { findVendor, vendors } from './vendors.js';

const usage = `usage: ispkit-mock [vendor...] [--port N] [--host ADDRESS]

Starts a Prism mock of each vendor spec (all of them when none is named), answering at the
real API paths with the recorded responses and validating every request.
Vendors: ${vendors.map((v) => `${v.name} (port ${v.port})`).join(', ')}`;

function fail(message: string): never {
  process.stderr.write(`ispkit-mock: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const names = parsed.positionals.length ? parsed.positionals : vendors.map((v) => v.name);
  for (const name of names) {
    try {
      findVendor(name);
    } catch (error) {
      fail((error as Error).message);
    }
  }
  let port: number | undefined;
  if (parsed.values.port !== undefined) {
    port = Number(parsed.values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, got "${parsed.values.port}"`);
    if (names.length !== 1) fail('--port applies to one vendor; name exactly one');
  }

  // Prism takes about a second to load: only once the arguments are known to be good.
  const { startMock } = await import('./server.js');
  const mocks: RunningMock[] = [];
  const stop = async () => {
    await Promise.allSettled(mocks.map((m) => m.close()));
    process.stdout.write('mocks stopped\n');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  for (const name of names) {
    try {
      const mock = await startMock({
        vendor: name,
        ...(port !== undefined && { port }),
        ...(parsed.values.host && { host: parsed.values.host }),
        log: (line) => process.stderr.write(`${line}\n`),
      });
      mocks.push(mock);
      process.stdout.write(`${name.padEnd(16)} ${mock.baseUrl}  (${mock.operations} operations, ${mock.examples} recordings)\n`);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'port already in use' : (error as Error).message;
      await Promise.allSettled(mocks.map((m) => m.close()));
      fail(`cannot start the ${name} mock: ${reason}`);
    }
  }
  process.stdout.write('Ready. Press Ctrl-C to stop.\n');
}

await main();
