import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFunctions, bundleLockfile, FUNCTION_NODE_MAJOR, FUNCTION_RUNTIME, type Lockfile } from './build-functions';

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

    // Its lockfile: the repository's entries for exactly the tree those two need, complete and production-only.
    const lock = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8')) as Lockfile;
    const rootLock = JSON.parse(readFileSync(path.join(__dirname, '../package-lock.json'), 'utf8')) as Lockfile;
    expect(lock.packages['']).toEqual({
      name: 'lao-minstd-functions',
      dependencies: { googleapis: rootPackage.dependencies.googleapis, '@google-cloud/functions-framework': ff },
    });
    for (const [at, entry] of Object.entries(lock.packages)) {
      if (!at) continue;
      expect({ at, version: entry.version, integrity: entry.integrity }).toEqual({
        at,
        version: rootLock.packages[at]!.version,
        integrity: rootLock.packages[at]!.integrity,
      });
      expect(entry.dev ?? entry.devOptional).toBeUndefined();
    }
    expect(lock.packages['node_modules/@google-cloud/functions-framework']!.version).toBe(ff);
    expect(lock.packages['node_modules/express']).toBeDefined();
    expect(lock.packages['node_modules/jest']).toBeUndefined();

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

test('the bundle lockfile follows Node resolution: a nested copy wins over the hoisted one, optional misses are fine', () => {
  const rootLock: Lockfile = {
    lockfileVersion: 3,
    packages: {
      '': { name: 'repo' },
      'node_modules/a': { version: '1.0.0', dependencies: { b: '^2', c: '^1' }, optionalDependencies: { gone: '*' } },
      'node_modules/a/node_modules/b': { version: '2.0.0', dependencies: { c: '^1' } },
      'node_modules/b': { version: '1.0.0', dev: true },
      'node_modules/c': { version: '1.5.0', devOptional: true },
      'node_modules/unused': { version: '9.9.9' },
    },
  };
  const lock = bundleLockfile(rootLock, { name: 'bundle', dependencies: { a: '1.0.0' } });
  expect(lock.packages).toEqual({
    '': { name: 'bundle', dependencies: { a: '1.0.0' } },
    'node_modules/a': rootLock.packages['node_modules/a'],
    'node_modules/a/node_modules/b': rootLock.packages['node_modules/a/node_modules/b'],
    'node_modules/c': { version: '1.5.0' },
  });
  expect(() => bundleLockfile(rootLock, { name: 'bundle', dependencies: { missing: '1.0.0' } })).toThrow('no missing');
});
