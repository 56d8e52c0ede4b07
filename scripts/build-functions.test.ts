import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFunctions } from './build-functions';

test('the function bundle needs only googleapis at run time, loads, and answers as the entry point', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'functions-build-'));
  try {
    const built = await buildFunctions(dir);
    expect(built.externalImports.every((p) => p.startsWith('googleapis/'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))).toMatchObject({
      main: 'index.js',
      dependencies: { googleapis: '176.0.0' },
    });
    // As on Cloud Build: the bundle beside an installed node_modules.
    symlinkSync(path.resolve(__dirname, '../node_modules'), path.join(dir, 'node_modules'));
    const entry = require(built.bundlePath) as { rebuild: (req: unknown, res: unknown) => Promise<void> };
    let status = 0;
    let body: any;
    const res = { status: (s: number) => ((status = s), res), json: (b: unknown) => void (body = b) };
    await entry.rebuild({ method: 'GET' }, res);
    expect(status).toBe(405);
    expect(body.message).toContain('POST');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
