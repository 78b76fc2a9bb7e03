import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Browsers the test drives, first found wins; `ISPKIT_CHROMIUM` names another. Debian's is what `.ci/run` installs. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  const chosen = process.env.ISPKIT_CHROMIUM;
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * The browser's path, installing Debian's `chromium` with apt when none is there (as root, or
 * through `sudo -n` where it needs no password). Progress goes to stderr.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.ISPKIT_CHROMIUM) throw new Error(`ISPKIT_CHROMIUM names ${process.env.ISPKIT_CHROMIUM}, which does not exist`);
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!existsSync('/usr/bin/apt-get') || (!root && !sudo)) {
    throw new Error(
      'the browser test needs Chromium: install it (Debian: apt-get install chromium) or set ISPKIT_CHROMIUM to its path',
    );
  }
  const run = (args: string[]) => {
    const [command, ...rest] = sudo ? ['sudo', '-n', ...args] : args;
    console.error(`docs: ${[command, ...rest].join(' ')}`);
    execFileSync(command!, rest, {
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  try {
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  } catch (error) {
    throw new Error(`could not install chromium with apt-get (${(error as Error).message}); install it or set ISPKIT_CHROMIUM`);
  }
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium but /usr/bin/chromium is missing');
  return installed;
}
