/**
 * Bundles the Apps Script adapter (`apps-script/main.ts`) into `dist/apps-script/Code.js` + `appsscript.json`.
 *
 * Apps Script has no modules: every file's top level shares one global scope, and triggers and menu items are
 * found only by top-level function name. So the bundle is an IIFE assigned to one global (`LaoMinstd`), followed
 * by a plain `function name(e) { return LaoMinstd.name(e); }` for each export of the entry file. A short Thai
 * read-me (`อ่านก่อน.txt`) goes beside them for a coordinator who pastes both files by hand.
 */
import { build, type BuildFailure, type BuildOptions, type Metafile } from 'esbuild';
import { builtinModules } from 'node:module';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installReadme, README_FILE } from '../apps-script/install-readme';

export const GLOBAL_NAME = 'LaoMinstd';
const ROOT = path.resolve(__dirname, '..');
const ENTRY = path.join(ROOT, 'apps-script/main.ts');
const MANIFEST = path.join(ROOT, 'apps-script/appsscript.json');

export interface BuildResult {
  outDir: string;
  bundlePath: string;
  bytes: number;
  /** Exported entry points, each exposed as a top-level function. */
  entryPoints: string[];
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Every import the bundle could not contain: Node built-ins and anything left external. */
export function forbiddenImports(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imp of input.imports) {
      if (imp.external || NODE_BUILTINS.has(imp.path)) found.add(`${file} → ${imp.path}`);
    }
  }
  return [...found].sort();
}

const shared: BuildOptions & { metafile: true } = {
  bundle: true,
  // Neutral: no Node built-ins, no polyfills; a package that needs them fails to resolve.
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2020',
  charset: 'utf8',
  logLevel: 'silent',
  metafile: true,
  write: false,
};

/** With the neutral platform a Node built-in cannot resolve; say so in terms of Apps Script. */
async function bundle(options: BuildOptions & { metafile: true }) {
  try {
    return await build(options);
  } catch (error) {
    const builtins = ((error as Partial<BuildFailure>).errors ?? []).flatMap((e) => {
      const name = /Could not resolve "([^"]+)"/.exec(e.text)?.[1];
      return name && NODE_BUILTINS.has(name) ? [`${e.location?.file ?? '?'}:${e.location?.line ?? '?'} → ${name}`] : [];
    });
    if (builtins.length) throw new Error(`Apps Script has no Node built-ins; the bundle imports:\n${builtins.join('\n')}`);
    throw error;
  }
}

/** Names exported by the entry file, read from an ESM pass (an IIFE's metafile lists no exports). */
async function entryExports(entry: string): Promise<string[]> {
  const esm = await bundle({ ...shared, entryPoints: [entry], format: 'esm' });
  const out = Object.values(esm.metafile.outputs)[0];
  return [...(out?.exports ?? [])].sort();
}

function footer(names: readonly string[]): string {
  return names.map((n) => `function ${n}(e){return ${GLOBAL_NAME}.${n}(e)}`).join('\n');
}

export async function buildAppsScript(options: { outDir?: string; minify?: boolean; entry?: string } = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? path.join(ROOT, 'dist/apps-script');
  const entry = options.entry ?? ENTRY;
  const entryPoints = await entryExports(entry);
  if (entryPoints.length === 0) throw new Error(`${entry} exports no entry points`);
  const result = await bundle({
    ...shared,
    entryPoints: [entry],
    format: 'iife',
    globalName: GLOBAL_NAME,
    minify: options.minify ?? true,
    legalComments: 'none',
    outfile: path.join(outDir, 'Code.js'),
    footer: { js: footer(entryPoints) },
    write: true,
  });
  const forbidden = forbiddenImports(result.metafile);
  if (forbidden.length) throw new Error(`Apps Script bundle imports what Apps Script does not have:\n${forbidden.join('\n')}`);
  mkdirSync(outDir, { recursive: true });
  copyFileSync(MANIFEST, path.join(outDir, 'appsscript.json'));
  // Beside the two files a coordinator pastes by hand, what to do with them (docs/install-apps-script.th.md).
  writeFileSync(path.join(outDir, README_FILE), installReadme(), 'utf8');
  const bundlePath = path.join(outDir, 'Code.js');
  return { outDir, bundlePath, bytes: statSync(bundlePath).size, entryPoints };
}

if (require.main === module) {
  buildAppsScript()
    .then((r) => {
      console.log(`${path.relative(process.cwd(), r.bundlePath)}: ${(r.bytes / 1024).toFixed(1)} KB`);
      console.log(`entry points: ${r.entryPoints.join(', ')}`);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
