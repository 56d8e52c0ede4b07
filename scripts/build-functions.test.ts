import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFunctions, FUNCTION_NODE_MAJOR, FUNCTION_RUNTIME } from './build-functions';

const rootPackage = JSON.parse(readFileSync(path.join(__dirname, '../package.json'), 'utf8'));

test('one Node major for the bundle, its package.json and the deploy runtime; Node 20 is gone on Cloud Run functions', () => {
  expect(FUNCTION_NODE_MAJOR).toBeGreaterThanOrEqual(22);
  expect(FUNCTION_RUNTIME).toBe(`nodejs${FUNCTION_NODE_MAJOR}`);
});

test('the function bundle needs only googleapis and the Functions Framework, pinned, and registers rebuild with the framework', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'functions-build-'));
  try {
    const built = await buildFunctions(dir);
    expect(built.externalImports.filter((p) => !p.startsWith('googleapis/'))).toEqual(['@google-cloud/functions-framework']);
    const ff = rootPackage.dependencies['@google-cloud/functions-framework'];
    expect(ff).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))).toEqual({
      name: 'lao-minstd-functions',
      private: true,
      main: 'index.js',
      engines: { node: String(FUNCTION_NODE_MAJOR) },
      dependencies: { googleapis: rootPackage.dependencies.googleapis, '@google-cloud/functions-framework': ff },
    });

    // As on Cloud Build: the bundle beside an installed node_modules, loaded the way the framework loads it.
    symlinkSync(path.resolve(__dirname, '../node_modules'), path.join(dir, 'node_modules'));
    const entry = require(built.bundlePath) as { rebuild: (req: unknown, res: unknown) => Promise<void> };
    const { getFunction } = require(require.resolve('@google-cloud/functions-framework/testing', { paths: [dir] }));
    expect(getFunction('rebuild')).toBe(entry.rebuild);
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
