/**
 * Nothing users see changes by accident: the main job on a seeded small data set (three provinces and Bangkok,
 * 400 responses, indicator entries for every LAO) writes outputs whose digests — report.json and registrations.csv
 * byte for byte, every workbook cell by cell — equal the committed scripts/testing/output-digest.json.
 *
 * When a change of output is intended, regenerate the digest with `npm run check:identical -- --write-digest` and
 * say so in the commit; for the national demo compare with a commit: `npm run check:identical -- --base <commit>`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDataset } from '../bench/dataset';
import { differences, digestOutputs, jobOptions, runJob, smallDataset, type OutputDigest } from './output-digest';

const DIGEST_FILE = join(__dirname, 'output-digest.json');

describe('outputs users see', () => {
  let dir: string;
  let digest: OutputDigest;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lao-minstd-digest-'));
    const files = await writeDataset(await smallDataset(), join(dir, 'input'));
    await runJob(jobOptions(files, join(dir, 'out')));
    digest = await digestOutputs(join(dir, 'out'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('the job writes the report, the registrations and a workbook per province beside the national one', () => {
    expect(Object.keys(digest)).toEqual([
      'dashboard.html',
      'national.xlsx',
      'provinces/กรุงเทพมหานคร.xlsx',
      'provinces/ตาก.xlsx',
      'provinces/น่าน.xlsx',
      'provinces/สมุทรสงคราม.xlsx',
      'registrations.csv',
      'report.json',
    ]);
  });

  test('are identical to the committed digest (regenerate: npm run check:identical -- --write-digest)', () => {
    expect(existsSync(DIGEST_FILE)).toBe(true);
    const committed = JSON.parse(readFileSync(DIGEST_FILE, 'utf8')) as OutputDigest;
    expect(differences(committed, digest)).toEqual([]);
  });

  test('a changed cell changes the digest of its file only', () => {
    // Guards the guard: the comparison names exactly the file whose content moved.
    const moved = { ...digest, 'provinces/ตาก.xlsx': '0'.repeat(64) };
    expect(differences(digest, moved)).toEqual(['provinces/ตาก.xlsx']);
    expect(differences(digest, { ...digest })).toEqual([]);
  });
});
