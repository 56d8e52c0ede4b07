/**
 * Layers import one way. Every .ts file's imports are read with TypeScript's own pre-processor (static, dynamic,
 * `require` and `export … from` alike) and checked against the rules below, so a forbidden import fails here
 * instead of in Apps Script's V8 (which has no Node built-ins) or in a successor's head.
 *
 *   core/           no Node built-ins; nothing from apps-script/, functions/, scripts/
 *   sheets-schema/  only zod/mini, other sheets-schema files and the pure definitions in SCHEMA_MAY_IMPORT
 *   apps-script/    no Node built-ins; nothing from functions/, scripts/
 *   functions/      nothing from apps-script/
 *
 * Test files (`*.test.ts`) and `testing/` folders run only under Node and jest, so they may use Node built-ins
 * and the Node tools in scripts/ (the build, the bench data sets); they must still respect the boundaries between
 * the adapters and the core (a core test may not lean on an adapter; an Apps Script fake may not lean on
 * functions/), and sheets-schema tests may read core (they check rows built there).
 */
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const LAYERS = ['core', 'sheets-schema', 'apps-script', 'functions', 'scripts'] as const;
type Layer = (typeof LAYERS)[number];

/**
 * Pure definitions sheets-schema may read: they import nothing outside themselves and do no I/O. The registry
 * entry's type is here because the form's LAO drop-downs (rsvp-form.ts, rsvp-picked-lao.ts) list entries.
 */
const SCHEMA_MAY_IMPORT = ['core/vocabulary.ts', 'core/dates/format.ts', 'core/dates/bangkok.ts', 'core/registry/types.ts'];
/** Packages sheets-schema may read. */
const SCHEMA_PACKAGES = ['zod/mini'];

interface Import {
  file: string;
  specifier: string;
  /** Repository-relative path of the target for relative imports (`core/x.ts`), else null. */
  target: string | null;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNodeBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : tsFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(absFile: string): Import[] {
  const file = relative(ROOT, absFile).split(sep).join('/');
  const info = ts.preProcessFile(readFileSync(absFile, 'utf8'), true, true);
  return info.importedFiles.map(({ fileName: specifier }) => {
    if (!specifier.startsWith('.')) return { file, specifier, target: null };
    const target = relative(ROOT, resolve(dirname(absFile), specifier))
      .split(sep)
      .join('/');
    return { file, specifier, target: /\.(ts|js|json)$/.test(target) ? target : `${target}.ts` };
  });
}

const layerOf = (path: string): Layer | null => LAYERS.find((l) => path.startsWith(`${l}/`)) ?? null;
const isTestCode = (file: string): boolean => file.endsWith('.test.ts') || file.split('/').includes('testing');

/** Why an import breaks the layering, or null when it is allowed. */
export function violation(imp: Import): string | null {
  const from = layerOf(imp.file);
  const to = imp.target === null ? null : layerOf(imp.target);
  const test = isTestCode(imp.file);
  const builtin = imp.target === null && isNodeBuiltin(imp.specifier);
  // What sheets-schema may read must itself stay pure: it reads only the other pure definitions.
  if (SCHEMA_MAY_IMPORT.includes(imp.file) && (imp.target === null || !SCHEMA_MAY_IMPORT.includes(imp.target))) {
    return `${imp.file} is a pure definition: it imports only ${SCHEMA_MAY_IMPORT.join(', ')}`;
  }
  switch (from) {
    case 'core':
      if (builtin && !test) return 'core/ runs in Apps Script: no Node built-ins';
      if (to === 'apps-script' || to === 'functions') return `core/ imports no adapter (${to}/)`;
      if (to === 'scripts' && !test) return 'core/ imports nothing from scripts/';
      return null;
    case 'sheets-schema':
      if (test) return to === 'apps-script' || to === 'functions' ? `sheets-schema tests import no ${to}/` : null;
      if (imp.target === null) return SCHEMA_PACKAGES.includes(imp.specifier) ? null : `sheets-schema/ imports no package but ${SCHEMA_PACKAGES.join(', ')}`;
      if (to === 'sheets-schema' || SCHEMA_MAY_IMPORT.includes(imp.target)) return null;
      return `sheets-schema/ imports only the vocabulary and pure definitions (${SCHEMA_MAY_IMPORT.join(', ')})`;
    case 'apps-script':
      if (builtin && !test) return 'apps-script/ runs in Apps Script: no Node built-ins';
      if (to === 'functions') return 'apps-script/ imports nothing from functions/';
      if (to === 'scripts' && !test) return 'apps-script/ imports nothing from scripts/';
      return null;
    case 'functions':
      return to === 'apps-script' ? 'functions/ imports nothing from apps-script/' : null;
    default:
      return null;
  }
}

describe('import layers', () => {
  const imports = LAYERS.flatMap((l) => tsFiles(join(ROOT, l))).flatMap(importsOf);

  it('reads the imports of every layer', () => {
    // Guards the guard: if the reader found nothing, every rule below would pass vacuously.
    for (const layer of LAYERS) expect(imports.filter((i) => layerOf(i.file) === layer).length).toBeGreaterThan(10);
  });

  it('has no forbidden import', () => {
    const broken = imports.flatMap((imp) => {
      const why = violation(imp);
      return why ? [`${imp.file}: '${imp.specifier}' — ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it.each([
    ['core/a.ts', 'node:fs', null, 'no Node built-ins'],
    ['core/a.ts', 'crypto', null, 'no Node built-ins'],
    ['core/a/b.ts', '../../functions/a1', 'functions/a1.ts', 'no adapter'],
    ['core/a/b.ts', '../../scripts/demo', 'scripts/demo.ts', 'nothing from scripts'],
    ['sheets-schema/a.ts', '../core/lao/lao-type', 'core/lao/lao-type.ts', 'only the vocabulary'],
    ['sheets-schema/a.ts', 'exceljs', null, 'no package'],
    ['core/vocabulary.ts', './text/thai', 'core/text/thai.ts', 'pure definition'],
    ['core/dates/format.ts', '../../sheets-schema/cell', 'sheets-schema/cell.ts', 'pure definition'],
    ['apps-script/testing/fake.ts', '../../functions/a1', 'functions/a1.ts', 'nothing from functions'],
    ['apps-script/a.ts', 'node:crypto', null, 'no Node built-ins'],
    ['functions/a.ts', '../apps-script/app', 'apps-script/app.ts', 'nothing from apps-script'],
  ])('refuses %s importing %s', (file, specifier, target, why) => {
    expect(violation({ file, specifier, target })).toContain(why);
  });

  it.each([
    ['core/a/b.test.ts', 'node:fs', null],
    ['apps-script/a.test.ts', '../scripts/bench/dataset', 'scripts/bench/dataset.ts'],
    ['core/a/b.ts', '../../sheets-schema/cell', 'sheets-schema/cell.ts'],
    ['sheets-schema/a.ts', '../core/vocabulary', 'core/vocabulary.ts'],
    ['sheets-schema/a.ts', 'zod/mini', null],
    ['apps-script/testing/a.ts', 'node:vm', null],
    ['functions/a.ts', '../core/job/run', 'core/job/run.ts'],
  ])('allows %s importing %s', (file, specifier, target) => {
    expect(violation({ file, specifier, target })).toBeNull();
  });
});
