/**
 * Bundles the cloud function (`functions/index.ts`, entry point `rebuild`) into `dist/functions/`: `index.js`, a
 * `package.json` naming its run-time dependencies at the repository's exact versions, and a `package-lock.json` cut
 * from the repository's for those dependencies, which Cloud Build installs with `npm ci` on deploy (`npm run deploy:functions`, scripts/deploy-functions.ts, deploys this folder).
 *
 * Two packages stay external:
 * - googleapis: it is large, Cloud Build installs it anyway, and the function loads only the Sheets and Drive
 *   modules from it;
 * - @google-cloud/functions-framework: the server that calls `rebuild`. Cloud Run functions install a version of
 *   their choosing when the package.json names none; Google recommends naming it
 *   (https://cloud.google.com/functions/docs/writing/specifying-dependencies-nodejs), so it is named and pinned
 *   here. It must not be bundled either: `functions.http('rebuild', …)` registers the function in the framework's
 *   own module, which the framework's server reads.
 * Everything else (core, sheets-schema, zod) is bundled.
 */
import { build, type Metafile } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const EXTERNAL = ['googleapis', '@google-cloud/functions-framework'];

/**
 * The Node.js major version the function runs on: Cloud Run functions' `nodejs22` runtime (Node 20 was
 * decommissioned for them on 2026-10-30, https://cloud.google.com/functions/docs/runtime-support#node.js). The
 * bundle's target, its package.json `engines` and the deploy's `--runtime` all follow this one constant.
 */
export const FUNCTION_NODE_MAJOR = 22;
export const FUNCTION_RUNTIME = `nodejs${FUNCTION_NODE_MAJOR}`;

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
    target: `node${FUNCTION_NODE_MAJOR}`,
    format: 'cjs',
    charset: 'utf8',
    external: EXTERNAL.map((p) => `${p}/*`).concat(EXTERNAL),
    metafile: true,
    logLevel: 'silent',
  });
  const rootPackage = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const dependencies = Object.fromEntries(EXTERNAL.map((name) => [name, exactVersion(rootPackage.dependencies, name)]));
  const manifest = { name: 'lao-minstd-functions', private: true, main: 'index.js', engines: { node: `${FUNCTION_NODE_MAJOR}` }, dependencies };
  writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  const rootLock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
  writeFileSync(path.join(outDir, 'package-lock.json'), JSON.stringify(bundleLockfile(rootLock, manifest), null, 2) + '\n');
  return { outDir, bundlePath, bytes: readFileSync(bundlePath).length, externalImports: externalImports(result.metafile) };
}

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  dev?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}

export interface Lockfile {
  name?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

/**
 * The bundle's own package-lock.json: the part of the repository's lockfile its dependencies need, at the same
 * paths, so that Cloud Build installs the very tree the tests ran on (Google's Node.js buildpack installs with
 * `npm ci` when it finds a lockfile, https://cloud.google.com/functions/docs/writing/specifying-dependencies-nodejs),
 * not whatever newest versions the ranges of transitive dependencies allow on deploy day.
 */
export function bundleLockfile(rootLock: Lockfile, manifest: { name: string; dependencies: Record<string, string> }): Lockfile {
  if (rootLock.lockfileVersion < 2) throw new Error('package-lock.json must be lockfileVersion 2 or 3');
  const packages: Record<string, LockEntry> = { '': { name: manifest.name, dependencies: manifest.dependencies } };
  // Node's resolution: from a package at node_modules/a/node_modules/b, a dependency d is the nearest
  // node_modules/d walking up from there.
  const resolve = (from: string, name: string): string | undefined => {
    for (let dir = from; ;) {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (rootLock.packages[candidate]) return candidate;
      if (!dir) return undefined;
      const up = dir.lastIndexOf('/node_modules/');
      dir = up < 0 ? '' : dir.slice(0, up);
    }
  };
  const pending: Array<[string, string, boolean]> = Object.keys(manifest.dependencies).map((name) => ['', name, false]);
  while (pending.length) {
    const [from, name, optional] = pending.pop()!;
    const at = resolve(from, name);
    if (!at) {
      if (optional) continue;
      throw new Error(`package-lock.json has no ${name} for ${from || 'the bundle'}: run npm install`);
    }
    if (packages[at]) continue;
    const { dev: _dev, devOptional: _devOptional, ...entry } = rootLock.packages[at]!;
    packages[at] = entry;
    for (const dep of Object.keys(entry.dependencies ?? {})) pending.push([at, dep, false]);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) pending.push([at, dep, true]);
    for (const dep of Object.keys(entry.peerDependencies ?? {})) pending.push([at, dep, entry.peerDependenciesMeta?.[dep]?.optional === true]);
  }
  return { name: manifest.name, lockfileVersion: rootLock.lockfileVersion, requires: true, packages };
}

/** The deployed bundle installs exactly what was tested: a range would let Cloud Build pick another version. */
function exactVersion(dependencies: Record<string, string> | undefined, name: string): string {
  const version = dependencies?.[name];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json must list ${name} in "dependencies" at an exact version (found ${version ?? 'nothing'})`);
  }
  return version;
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
