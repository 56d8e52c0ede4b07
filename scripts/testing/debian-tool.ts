import { spawnSync } from 'node:child_process';

/**
 * Tests that need a program from Debian's packages (poppler-utils, LibreOffice, Chromium): `.ci/run` installs them;
 * on a machine without one the test is skipped and says so, instead of passing silently.
 */
export function withTool(command: string, debianPackage: string): jest.It {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
  if (!found) {
    // Printed once per file, beside jest's own "skipped" count.
    console.warn(`SKIPPED: "${command}" not found; install Debian's ${debianPackage} (apt-get install -y ${debianPackage}) to run these tests`);
  }
  return found ? test : test.skip;
}
