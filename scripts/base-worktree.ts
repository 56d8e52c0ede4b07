/**
 * Another commit checked out beside this one, for tools that run its code against this checkout's
 * (check-identical.ts compares outputs, bench/paired.ts times the job): a detached git worktree that uses this
 * checkout's node_modules through a link, so nothing is installed.
 */
import { spawnSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

export interface BaseWorktree {
  root: string;
  /** Removes the worktree (and git's record of it). */
  remove: () => void;
}

/** `base` checked out at `path`; on failure nothing is left behind. */
export async function addBaseWorktree(base: string, path: string): Promise<BaseWorktree> {
  git(['worktree', 'add', '--detach', path, base]);
  const remove = () => git(['worktree', 'remove', '--force', path]);
  try {
    await symlink(join(ROOT, 'node_modules'), join(path, 'node_modules'), 'dir');
  } catch (error) {
    remove();
    throw error;
  }
  return { root: path, remove };
}

function git(args: string[]): void {
  const run = spawnSync('git', args, { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed`);
}
