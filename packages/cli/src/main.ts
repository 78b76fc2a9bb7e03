import { CliError } from './cli-error.js';
import { MOCK_USAGE, mock } from './commands/mock.js';
import { RECORD_USAGE, record } from './commands/record.js';
import { SCAN_USAGE, scan } from './commands/scan.js';
import { VERIFY_USAGE, verify } from './commands/verify.js';
import type { Io } from './io.js';
import { cliVersion } from './version.js';

const commands: Record<string, { run: (args: string[], io: Io) => Promise<number>; usage: string }> = {
  mock: { run: mock, usage: MOCK_USAGE },
  verify: { run: verify, usage: VERIFY_USAGE },
  record: { run: record, usage: RECORD_USAGE },
  scan: { run: scan, usage: SCAN_USAGE },
};

const usage = `usage: ispkit <command> [arguments]

Commands:
  mock [vendor...]   start the Prism mocks of the vendor specs
  verify <vendor>    check a live installation against the spec, operation by operation
  record <vendor>    turn a live installation's answers into sanitized recordings
  help [command]     describe ispkit or one command (also: ispkit <command> --help)
  scan [path...]     look for personal data and secrets in recordings, fixtures and examples

Options:
  --version          print the version of ispkit
  --help             print this help`;

function findCommand(name: string) {
  const command = commands[name];
  if (!command) throw new CliError(`unknown command "${name}"; commands: ${Object.keys(commands).join(', ')}`);
  return command;
}

/**
 * Runs one command line and returns its exit code. Every failure ends here as one line on
 * stderr, `ispkit: <reason>`, never a stack: a CliError says what to fix, anything else is a bug.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [name, ...args] = argv;
    if (name === undefined || name === '--help' || name === '-h') {
      io.stdout(`${usage}\n`);
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${cliVersion()}\n`);
      return 0;
    }
    if (name === 'help') {
      if (args.length > 1) throw new CliError(`help takes one command, got ${args.join(' ')}`);
      io.stdout(`${args[0] === undefined ? usage : findCommand(args[0]).usage}\n`);
      return 0;
    }
    return await findCommand(name).run(args, io);
  } catch (error) {
    // parseArgs reports a bad flag with a TypeError whose code names it.
    const known = error instanceof CliError || String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
    const message = (error as Error).message?.split('\n')[0] ?? String(error);
    io.stderr(`ispkit: ${known ? message : `unexpected failure: ${message}`}\n`);
    return error instanceof CliError ? error.exitCode : 2;
  }
}
