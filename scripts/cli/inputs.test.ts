import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertInputsExist, inputError, problemLines, readInput } from './inputs';
import { UserError } from './user-error';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lao-cli-inputs-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('every missing file is named with its option, in one error', async () => {
  const present = join(dir, 'here.csv');
  await writeFile(present, 'a\n1\n');
  const error = await assertInputsExist([
    { flag: '--registry', path: present },
    { flag: '--responses', path: join(dir, 'gone.csv') },
    { flag: '--sessions', path: join(dir, 'gone.xlsx') },
  ]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(`ไม่พบไฟล์ ${join(dir, 'gone.csv')} (--responses)\nไม่พบไฟล์ ${join(dir, 'gone.xlsx')} (--sessions)`);
  await expect(assertInputsExist([{ flag: '--registry', path: present }])).resolves.toBeUndefined();
});

test("an unsupported type keeps the reader's Thai message; a broken XLSX gets one", async () => {
  const xls = join(dir, 'old.xls');
  await writeFile(xls, 'x');
  await expect(readInput({ flag: '--responses', path: xls })).rejects.toThrow(/รองรับเฉพาะไฟล์ \.csv และ \.xlsx \(--responses\)$/);
  const broken = join(dir, 'broken.xlsx');
  await writeFile(broken, 'not a zip');
  await expect(readInput({ flag: '--registry', path: broken })).rejects.toThrow(`อ่านไฟล์ ${broken} (--registry) ไม่ได้: ไฟล์เสียหาย`);
});

test('problems listed with their rows, long lists cut', () => {
  const problems = Array.from({ length: 4 }, (_, i) => ({ message: `ปัญหา ${i + 1}`, row: i === 0 ? null : i + 1 }));
  expect(problemLines(problems, 3)).toEqual(['ปัญหา 1', 'แถว 3: ปัญหา 2', 'แถว 4: ปัญหา 3', '... และอีก 1 รายการ']);
  expect(inputError({ flag: '--registry', path: 'r.csv' }, problems.slice(0, 1)).message).toBe('ไฟล์ r.csv (--registry) ใช้ไม่ได้:\nปัญหา 1');
});
