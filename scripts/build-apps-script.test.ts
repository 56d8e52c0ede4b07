import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildAppsScript, forbiddenImports } from './build-apps-script';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'gas-build-'));

describe('buildAppsScript', () => {
  it('fails when the code imports a Node built-in, naming the import', async () => {
    const dir = scratch();
    const entry = path.join(dir, 'main.ts');
    writeFileSync(entry, "import { createHash } from 'node:crypto';\nexport function onOpen() { return createHash('sha1'); }\n");
    await expect(buildAppsScript({ entry, outDir: path.join(dir, 'out') })).rejects.toThrow(/no Node built-ins[\s\S]*main\.ts:1 → node:crypto/);
  });

  it('exposes every export of the entry file as a top-level function that calls into the bundle', async () => {
    const dir = scratch();
    const entry = path.join(dir, 'main.ts');
    writeFileSync(entry, 'export function onOpen(e: unknown) { return ["opened", e]; }\nexport function rebuild() { return 1; }\n');
    const result = await buildAppsScript({ entry, outDir: path.join(dir, 'out'), minify: false });
    expect(result.entryPoints).toEqual(['onOpen', 'rebuild']);
    const code = readFileSync(result.bundlePath, 'utf8');
    expect(code).toMatch(/^function onOpen\(e\)\{return LaoMinstd\.onOpen\(e\)\}$/m);
    expect(new Function(`${code}; return onOpen(7);`)()).toEqual(['opened', 7]);
  });

  it('flags externals and built-ins in a metafile', () => {
    const metafile = {
      inputs: {
        'a.ts': {
          bytes: 1,
          imports: [
            { path: 'fs', kind: 'import-statement' as const },
            { path: './b', kind: 'import-statement' as const },
          ],
        },
        'b.ts': { bytes: 1, imports: [{ path: 'left-out', kind: 'import-statement' as const, external: true }] },
      },
      outputs: {},
    };
    expect(forbiddenImports(metafile)).toEqual(['a.ts → fs', 'b.ts → left-out']);
  });
});
