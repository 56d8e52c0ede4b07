/**
 * Bundles the cloud function (`functions/index.ts`, entry point `rebuild`) into `dist/functions/`: `index.js` plus a
 * `package.json` naming googleapis as its one dependency, which Cloud Build installs on deploy:
 *
 *   gcloud functions deploy rebuild --gen2 --runtime nodejs20 --trigger-http --entry-point rebuild \
 *     --source dist/functions --timeout 1800s --max-instances 1 --set-env-vars REBUILD_CONFIG="$(cat config.json)"
 *
 * googleapis stays external: it is large, it is installed by Cloud Build anyway, and the function loads only the
 * Sheets and Drive modules from it. Everything else (core, sheets-schema, zod) is bundled.
 */
import { build, type Metafile } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const EXTERNAL = ['googleapis'];

export interface FunctionsBuild {
  outDir: string;
  bundlePath: string;
  bytes: number;
  /** Packages the bundle requires at run time (must be listed in its package.json). */
  externalImports: string[];
}

export async function buildFunctions(outDir = path.join(ROOT, 'dist/functions')): Promise<FunctionsBuild> {
  mkdirSync(outDir, { recursive: true });
  const bundlePath = path.join(outDir, 'index.js');
  const result = await build({
    entryPoints: [path.join(ROOT, 'functions/index.ts')],
    outfile: bundlePath,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    charset: 'utf8',
    external: EXTERNAL.map((p) => `${p}/*`).concat(EXTERNAL),
    metafile: true,
    logLevel: 'silent',
  });
  const rootPackage = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const dependencies = Object.fromEntries(EXTERNAL.map((name) => [name, rootPackage.dependencies[name]]));
  writeFileSync(
    path.join(outDir, 'package.json'),
    JSON.stringify({ name: 'lao-minstd-functions', private: true, main: 'index.js', engines: { node: '20' }, dependencies }, null, 2) + '\n',
  );
  return { outDir, bundlePath, bytes: readFileSync(bundlePath).length, externalImports: externalImports(result.metafile) };
}

function externalImports(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const imp of input.imports) if (imp.external && !imp.path.startsWith('node:')) found.add(imp.path);
  }
  return [...found].sort();
}

if (require.main === module) {
  buildFunctions().then(
    (b) => console.log(`${path.relative(ROOT, b.bundlePath)}: ${(b.bytes / 1024).toFixed(0)} KB; external: ${b.externalImports.join(', ')}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
