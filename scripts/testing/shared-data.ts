/**
 * The real data (DLA's registry, the published results) lives in ../shared/data beside the checkout, never in the
 * repository. A fresh clone has no such folder: tests that need it skip, and say so once at the end of the run
 * (scripts/testing/shared-data-reporter.js). CI sets LAO_MINSTD_REQUIRE_SHARED=1 (.ci/run), which turns a missing
 * file into a failing test, so these tests never skip silently there.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DATA_DIR = resolve(__dirname, '../../../shared/data');

/** The title every skipped placeholder starts with; the reporter looks for it (keep the two in step). */
export const SKIPPED_TITLE = 'needs ../shared/data';

export const REQUIRE_SHARED_ENV = 'LAO_MINSTD_REQUIRE_SHARED';

/** Absolute path of a file of ../shared/data, e.g. `sharedDataPath('lao-registry.csv')`. */
export function sharedDataPath(file: string): string {
  return join(SHARED_DATA_DIR, file);
}

function missingFiles(files: readonly string[]): string[] {
  return files.filter((f) => !existsSync(sharedDataPath(f)));
}

function required(): boolean {
  const value = process.env[REQUIRE_SHARED_ENV];
  return value !== undefined && value !== '' && value !== '0';
}

/**
 * A describe block whose body reads the given files of ../shared/data. When one is missing, the body is never run
 * (it may read the files while tests are collected): one placeholder test stands in for it, skipped, or failing when
 * the data is required.
 */
export function describeWithSharedData(title: string, files: readonly string[], body: () => void): void {
  const missing = missingFiles(files);
  if (!missing.length) {
    describe(title, body);
    return;
  }
  describe(title, placeholder(missing));
}

/** One test that reads the given files of ../shared/data; skipped (or failing when required) without them. */
export function testWithSharedData(title: string, files: readonly string[], fn: () => unknown): void {
  const missing = missingFiles(files);
  if (!missing.length) {
    test(title, fn as jest.ProvidesCallback);
    return;
  }
  describe(title, placeholder(missing));
}

function placeholder(missing: readonly string[]): () => void {
  const list = missing.join(', ');
  return () => {
    if (required()) {
      test(`${SKIPPED_TITLE}/${list}`, () => {
        throw new Error(`${REQUIRE_SHARED_ENV} is set but ${missing.map(sharedDataPath).join(', ')} is missing`);
      });
    } else {
      test.skip(`${SKIPPED_TITLE}/${list}`, () => undefined);
    }
  };
}
