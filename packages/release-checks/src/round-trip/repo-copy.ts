import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Copies the repository's working tree into `dest`: the files git tracks and the new ones it does not
 * ignore (so uncommitted work is what gets released), never node_modules or build output.
 */
export function copyRepository(root: string, dest: string): number {
  const files = repositoryFiles(root);
  for (const file of files) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(join(root, file), join(dest, file));
  }
  return files.length;
}

/** The files git tracks and the new ones it does not ignore, as paths relative to `root`: what the copy holds. */
export function repositoryFiles(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return listed.split('\0').filter((file) => file && existsSync(join(root, file)));
}
