/**
 * The `rebuild` function end to end on the fakes with Google's failure modes on: the real googleapis client, the
 * fake Sheets/Drive server holding the source spreadsheet, the owner's prepared files (My Drive) or a shared
 * drive, a service account without Drive storage, inherited permissions, lost replies and a lease.
 */
import { INDICATOR_ENTRIES } from '../sheets-schema/indicators';
import { coordinatorsSheet, NATIONAL_KEY } from '../sheets-schema/coordinators';
import { SETTING_KEYS, settingsSheet } from '../sheets-schema/settings';
import { headers } from '../sheets-schema/define';
import { rsvpLinksSheet } from '../sheets-schema/rsvp-links';
import { notRegisteredSheet } from '../sheets-schema/summaries';
import { formatThaiDate } from '../core/dates/format';
import { readEnvironment } from './config';
import { GoogleApi } from './google-api';
import type { HttpResponse } from './http';
import { createRebuildHandler } from './index';
import { LEASE_METADATA_ID } from './lease';
import { STAGING_PREFIX } from './layout-requests';
import { runRebuild, type RebuildOutcome, type RebuildSummary } from './rebuild';
import { fixedTokenAuth } from './testing/fake-clients';
import { startFakeGoogle, type FakeGoogle } from './testing/fake-google';
import { serveHandler } from './testing/local-server';
import { prepareMyDrive, seedCoordinators, seedSource, summaryTitle, type SeededSource } from './testing/source-data';
import { VirtualClock } from './testing/virtual-clock';
import { describeWithSharedData } from '../scripts/testing/shared-data';

// Every test seeds real registry rows; the body is left unindented to keep this wrapper a two-line change.
describeWithSharedData('the rebuild function end to end', ['lao-registry.csv'], () => {
  const PROVINCES = ['ภูเก็ต', 'ระนอง'];
  const KEYS = [NATIONAL_KEY, ...PROVINCES, 'กรุงเทพมหานคร'];
  const VIEWERS = { 'จ.ภูเก็ต': ['phuket1@example.go.th', 'phuket2@example.go.th'], ระนอง: ['ranong@example.go.th'], [NATIONAL_KEY]: ['odloc@example.go.th'] };

  let fake: FakeGoogle;
  let clock: VirtualClock;
  let source: SeededSource;

  async function start(options: { latency?: 'google' } = {}) {
    clock = new VirtualClock();
    fake = await startFakeGoogle({ clock, ...options });
    source = seedSource(fake, PROVINCES);
    seedCoordinators(fake, source.id, VIEWERS);
  }
  afterEach(async () => {
    // Closed even when a test failed half-way: a fake server left listening keeps jest from exiting.
    const open = fake;
    fake = undefined as never;
    await open?.close();
  });

  const newApi = () => new GoogleApi({ auth: fixedTokenAuth(fake.accessToken), rootUrl: fake.url, clock, random: () => 0.5 });
  const env = (vars: Record<string, string> = {}) => {
    const read = readEnvironment({ SOURCE_SPREADSHEET_ID: source.id, ...vars });
    if (!read.ok) throw new Error(read.message);
    return read.env;
  };
  async function rebuild(vars: Record<string, string> = {}, extra: { force?: boolean; runId?: string; maxBytes?: number } = {}): Promise<RebuildOutcome> {
    return runRebuild({ api: newApi(), env: env(vars), clock, ...extra });
  }
  const summaryOf = (o: RebuildOutcome) => o.body as RebuildSummary;

  /** Every cell of every sheet of a spreadsheet, as text. */
  function allText(spreadsheetId: string): string[] {
    return fake.sheets.get(spreadsheetId).sheets.flatMap((s) =>
      fake.sheets
        .grid(spreadsheetId, s.properties.title)
        .flat()
        .map((v) => String(v ?? '')),
    );
  }
  const sheetTitles = (id: string) => fake.sheets.get(id).sheets.map((s) => s.properties.title);

  describe('My Drive set-up (the owner prepared the files)', () => {
    test('a first run fills every prepared file, creates none, and shares each with its own people only', async () => {
      await start();
      const { folder, ids } = prepareMyDrive(fake, source.id, KEYS);
      const outcome = await rebuild();
      const summary = summaryOf(outcome);
      expect(outcome.status).toBe(200);
      expect(summary).toMatchObject({ ok: true, complete: true, setup: 'myDrive' });
      expect(summary.spreadsheets).toMatchObject({ total: 4, created: 0, rendered: 4, missing: [], failed: [], pending: [] });
      expect(fake.counts['drive.files.create'] ?? 0).toBe(0);
      expect(
        fake.drive
          .spreadsheetsIn(folder)
          .map((f) => f.id)
          .sort(),
      ).toEqual([...ids.values()].sort());

      const owner = fake.drive.ownerEmail;
      const self = fake.drive.callerEmail;
      // Direct access: the owner and the coordinators; the function's own editor access comes from the folder.
      expect(fake.drive.directlySharedWith(ids.get('ภูเก็ต')!)).toEqual([owner, ...VIEWERS['จ.ภูเก็ต']].sort());
      expect(fake.drive.directlySharedWith(ids.get('ระนอง')!)).toEqual([owner, ...VIEWERS.ระนอง].sort());
      expect(fake.drive.directlySharedWith(ids.get('กรุงเทพมหานคร')!)).toEqual([owner]);
      expect(fake.drive.sharedWith(ids.get(NATIONAL_KEY)!)).toEqual([owner, self, ...VIEWERS[NATIONAL_KEY]].sort());
      expect(summary.sharing).toMatchObject({ added: 4, removed: 0, provincesWithoutCoordinators: ['กรุงเทพมหานคร'] });

      // Content: a province's file holds its own people only; no staging sheet left; titles set.
      const [somchai, malee] = source.respondents;
      expect(allText(ids.get('ภูเก็ต')!).join('\n')).toContain(somchai!.name);
      expect(allText(ids.get('ภูเก็ต')!).join('\n')).not.toContain(malee!.name);
      expect(allText(ids.get(NATIONAL_KEY)!).join('\n')).not.toContain(somchai!.name);
      for (const id of ids.values()) {
        expect(sheetTitles(id).some((t) => t.startsWith(STAGING_PREFIX) || t === 'Sheet1')).toBe(false);
        expect(fake.sheets.get(id).sheets.every((s) => !s.properties.hidden)).toBe(true);
        // User text never becomes a formula: the only formulas are the follow-up list's SPARKLINE bars.
        for (const [cell, formula] of fake.sheets.formulas(id)) {
          expect(cell).toMatch(/^อปท\. ที่ยังไม่ลงทะเบียน!F\d+$/);
          expect(formula).toMatch(/^=SPARKLINE\(\{\d+,\d+\},/);
        }
      }
      // The lease was given back.
      expect(fake.sheets.get(source.id).developerMetadata).toEqual([]);
      // The owner's summary-files sheet says when each file was written (Buddhist era, Bangkok time).
      const listed = fake.sheets.grid(source.id, 'ไฟล์สรุปรายจังหวัด');
      expect(listed[0]![3]).toBe('ปรับปรุงข้อมูลล่าสุด');
      expect(listed.slice(1).map((r) => [r[0], r[3]])).toEqual(KEYS.map((k) => [k, '22 มิ.ย. 2569 08:00']));
    });

    test('the indicator sheets say the entry window from the settings sheet, as the entry check does', async () => {
      await start();
      const { ids } = prepareMyDrive(fake, source.id, KEYS);
      await rebuild();
      // No settings sheet: the summaries name the settings row to fill in.
      const notSet = (id: string) => allText(id).some((t) => t.includes(`ยังไม่ได้กำหนด "${SETTING_KEYS.entryWindowEnd}"`));
      expect(notSet(ids.get(NATIONAL_KEY)!)).toBe(true);

      const end = new Date('2026-08-31T00:00:00+07:00');
      fake.sheets.seedValues(source.id, settingsSheet.name, [
        ['รายการ', 'ค่า'],
        [SETTING_KEYS.entryWindowStart, '1/7/2569'],
        [SETTING_KEYS.entryWindowEnd, '31/8/2569'],
      ]);
      await rebuild();
      const national = allText(ids.get(NATIONAL_KEY)!);
      expect(notSet(ids.get(NATIONAL_KEY)!)).toBe(false);
      expect(national.some((t) => t.includes(formatThaiDate(end)))).toBe(true);
      expect(allText(ids.get('ระนอง')!).some((t) => t.includes(formatThaiDate(end)))).toBe(true);
    });

    test("the follow-up lists carry the registration links the Apps Script set-up listed; each file gets its own LAOs' list", async () => {
      await start();
      const { ids } = prepareMyDrive(fake, source.id, KEYS);
      const linkOf = (code: string) => `https://docs.google.com/forms/d/e/FORM/viewform?usp=pp_url&entry.5=${code}`;
      fake.sheets.seedValues(source.id, rsvpLinksSheet.name, [
        headers(rsvpLinksSheet),
        ...source.laos.map((l) => [l.province, l.district, l.type, l.name, l.code, linkOf(l.code)]),
      ]);
      const outcome = await rebuild();
      expect(summaryOf(outcome).warnings).toEqual([]);
      for (const province of PROVINCES) {
        const grid = fake.sheets.grid(ids.get(province)!, notRegisteredSheet.name);
        const header = grid.findIndex((row) => row[0] === notRegisteredSheet.columns.block.header);
        const chased = grid.slice(header + 1).filter((row) => row[3]);
        expect(chased.length).toBeGreaterThan(0);
        for (const row of chased) expect(row[6]).toBe(linkOf(String(row[3])));
        const listed = fake.sheets.grid(ids.get(province)!, rsvpLinksSheet.name).slice(1);
        expect(listed.map((r) => r[4]).sort()).toEqual(
          source.laos
            .filter((l) => l.province === province)
            .map((l) => l.code)
            .sort(),
        );
      }
      // No links in the national file, and the links sheet is not named among the sources.
      expect(sheetTitles(ids.get(NATIONAL_KEY)!)).not.toContain(rsvpLinksSheet.name);
      expect(allText(ids.get(NATIONAL_KEY)!).some((t) => t.includes(rsvpLinksSheet.name))).toBe(false);
    });

    test('a quiet run writes nothing, only reads and checks sharing: a few seconds of modelled time', async () => {
      await start({ latency: 'google' });
      prepareMyDrive(fake, source.id, KEYS);
      await rebuild();
      fake.resetCounts();
      await clock.sleep(3_600_000);
      const began = clock.now();
      const summary = summaryOf(await rebuild());
      expect(summary.spreadsheets).toMatchObject({ rendered: 0, unchanged: 4 });
      expect(summary.sharing).toMatchObject({ added: 0, removed: 0 });
      // Writes: the lease taken and given back, nothing else.
      expect(fake.log.filter((l) => l.bucket === 'sheetsWrite').length).toBe(2);
      expect(fake.counts['drive.files.update'] ?? 0).toBe(0);
      expect(clock.now() - began).toBeLessThan(60_000);
    });

    test('a coordinator removed from the sheet loses access at the next run; owner, self and inherited untouched', async () => {
      await start();
      const { folder, ids } = prepareMyDrive(fake, source.id, KEYS);
      // The owner shared the folder with a colleague: inherited by every file, not the function's to remove.
      fake.drive.files
        .get(folder)!
        .permissions.push({ kind: 'drive#permission', id: '777', type: 'user', role: 'reader', emailAddress: 'colleague@example.go.th' });
      await rebuild();
      seedCoordinators(fake, source.id, { ...VIEWERS, 'จ.ภูเก็ต': ['phuket1@example.go.th'] });
      fake.drive.createPermission(ids.get('ภูเก็ต')!, { type: 'anyone', role: 'reader' }, false);
      const summary = summaryOf(await rebuild());
      expect(summary.sharing.removed).toBe(2);
      const phuket = ids.get('ภูเก็ต')!;
      expect(fake.drive.directlySharedWith(phuket)).toEqual([fake.drive.ownerEmail, 'phuket1@example.go.th'].sort());
      expect(fake.drive.sharedWith(phuket)).toContain('colleague@example.go.th');
      expect(fake.drive.sharedWith(phuket)).toContain(fake.drive.callerEmail);
      expect(summary.sharing.inheritedKept).toContain(`${summaryTitle('ภูเก็ต')}: colleague@example.go.th`);
    });

    test('a file not prepared: said in Thai, nothing created, the other files written', async () => {
      await start();
      const { folder } = prepareMyDrive(
        fake,
        source.id,
        KEYS.filter((k) => k !== 'ระนอง'),
      );
      const outcome = await rebuild();
      const summary = summaryOf(outcome);
      expect(outcome.status).toBe(500);
      expect(summary.spreadsheets.rendered).toBe(3);
      expect(summary.spreadsheets.missing).toEqual([{ title: summaryTitle('ระนอง'), message: expect.stringContaining('ฟังก์ชันไม่สร้างไฟล์เอง') }]);
      expect(fake.counts['drive.files.create'] ?? 0).toBe(0);
      expect(fake.drive.spreadsheetsIn(folder)).toHaveLength(3);
    });

    test('the folder shared with the function as a viewer only: said in Thai, nothing written', async () => {
      await start();
      const { folder, ids } = prepareMyDrive(fake, source.id, KEYS);
      fake.drive.files.get(folder)!.permissions.find((p) => p.emailAddress === fake.drive.callerEmail)!.role = 'reader';
      const outcome = await rebuild();
      expect(outcome.status).toBe(500);
      const summary = summaryOf(outcome);
      expect(summary.spreadsheets.rendered).toBe(0);
      expect(summary.spreadsheets.missing).toHaveLength(4);
      expect(summary.spreadsheets.missing[0]!.message).toContain('เป็น "ผู้แก้ไข"');
      for (const id of ids.values()) expect(sheetTitles(id)).toEqual(['Sheet1']);
    });

    test('the source not shared with the function as editor: 422 naming the account to share it with', async () => {
      await start();
      prepareMyDrive(fake, source.id, KEYS);
      fake.drive.registerSpreadsheet(source.id, 'ข้อมูลต้นทาง');
      fake.drive.files.get(source.id)!.permissions = [{ kind: 'drive#permission', id: '1', type: 'user', role: 'owner', emailAddress: fake.drive.ownerEmail }];
      const reader = await rebuild();
      expect(reader.status).toBe(422);
      expect((reader.body as { message: string }).message).toContain(`แชร์สเปรดชีตต้นทางให้บัญชีบริการของฟังก์ชัน ${fake.drive.callerEmail} เป็น "ผู้แก้ไข"`);
      fake.drive.createPermission(source.id, { type: 'user', role: 'reader', emailAddress: fake.drive.callerEmail }, false);
      expect((await rebuild()).status).toBe(422);
      fake.drive.createPermission(source.id, { type: 'user', role: 'writer', emailAddress: fake.drive.callerEmail }, false);
      expect((await rebuild()).status).toBe(200);
    });

    test('an unknown province or a bad e-mail in the coordinators sheet: 422 in Thai, no summary file written', async () => {
      await start();
      const { ids } = prepareMyDrive(fake, source.id, KEYS);
      fake.sheets.seedValues(source.id, coordinatorsSheet.name, [
        ['จังหวัด', 'อีเมล'],
        ['ภูเก็ด', 'typo@example.go.th'],
        ['ระนอง', 'not-an-email'],
      ]);
      const outcome = await rebuild();
      expect(outcome.status).toBe(422);
      expect(outcome.body.ok).toBe(false);
      const message = (outcome.body as { message: string }).message;
      expect(message).toContain('แถว 2: ไม่รู้จักจังหวัด "ภูเก็ด"');
      expect(message).toContain('แถว 3: อีเมล "not-an-email" ไม่ถูกต้อง');
      for (const id of ids.values()) expect(sheetTitles(id)).toEqual(['Sheet1']);
      expect(fake.counts['drive.permissions.create'] ?? 0).toBe(0);
    });

    test('a failure in the middle of a file leaves its previous content in view; the next run completes it', async () => {
      await start();
      const { ids } = prepareMyDrive(fake, source.id, KEYS);
      await rebuild();
      const national = ids.get(NATIONAL_KEY)!;
      const before = sheetTitles(national).map((t) => [t, fake.sheets.grid(national, t)]);
      // A new response changes every file; the value writes fail for good (a 400 is not retried).
      const ranong = source.laos.find((l) => l.province === 'ระนอง' && l.type === 'อบต.')!;
      const responses = fake.sheets.grid(source.id, 'การตอบกลับแบบฟอร์ม 1');
      fake.sheets.seedValues(
        source.id,
        'การตอบกลับแบบฟอร์ม 1',
        [
          [
            new Date('2026-06-20T01:00:00Z'),
            'ระนอง',
            ranong.district,
            'องค์การบริหารส่วนตำบล',
            ranong.name,
            '',
            'นายใหม่ ลงทะเบียน',
            'ปลัด',
            '0899999999',
            'mai@example.com',
            responses[1]![10] as string,
          ],
        ],
        responses.length,
      );
      fake.failNext('sheets.spreadsheets.values.batchUpdate', 400, 2);
      const failed = summaryOf(await rebuild());
      expect(failed.spreadsheets.failed.length).toBe(2);
      expect(failed.spreadsheets.failed[0]!.message).toContain('เนื้อหาเดิมของไฟล์ยังอยู่');
      // What a reader sees: the same visible sheets with the same cells as before.
      const visible = fake.sheets
        .get(national)
        .sheets.filter((s) => !s.properties.hidden)
        .map((s) => s.properties.title);
      expect(visible.map((t) => [t, fake.sheets.grid(national, t)])).toEqual(before);
      const next = summaryOf(await rebuild());
      expect(next.spreadsheets).toMatchObject({ rendered: 2, failed: [] });
      expect(sheetTitles(ids.get('ระนอง')!).some((t) => t.startsWith(STAGING_PREFIX))).toBe(false);
      expect(allText(ids.get('ระนอง')!)).toContain('นายใหม่ ลงทะเบียน');
    });

    test('replies lost after the staging batch and after the swap: no duplicate sheet, the run goes on', async () => {
      await start();
      const { ids } = prepareMyDrive(fake, source.id, KEYS);
      // The lease batch comes first, then each file's stage and swap.
      fake.beforeNext('sheets.spreadsheets.values.batchUpdate', () => fake.loseReplyNext('sheets.spreadsheets.batchUpdate', 2));
      // And a 503 on a later swap: not applied, so it is sent again, once.
      fake.beforeNext('sheets.spreadsheets.values.batchUpdate', () => undefined);
      fake.beforeNext('sheets.spreadsheets.values.batchUpdate', () => fake.failNext('sheets.spreadsheets.batchUpdate', 503));
      const summary = summaryOf(await rebuild());
      expect(summary.spreadsheets).toMatchObject({ rendered: 4, failed: [] });
      // One read of the source's sizes, one of each file's structure, and one look after each of the three failures.
      expect(fake.counts['sheets.spreadsheets.get']).toBe(1 + 4 + 3);
      // Lease taken and given back, stage and swap per file, and the swap sent again after the 503.
      expect(fake.counts['sheets.spreadsheets.batchUpdate']).toBe(2 + 4 * 2 + 1);
      for (const id of ids.values()) {
        const titles = sheetTitles(id);
        expect(new Set(titles).size).toBe(titles.length);
        expect(titles.some((t) => t.startsWith(STAGING_PREFIX))).toBe(false);
      }
    });
  });

  describe('shared-drive set-up (the function may create files)', () => {
    test('each file is created once; a second run creates none; sharing as in My Drive', async () => {
      await start();
      const drive = fake.drive.addSharedDrive('สรุปมาตรฐานขั้นต่ำ');
      const first = summaryOf(await rebuild({ SHARED_DRIVE_FOLDER_ID: drive }));
      expect(first.spreadsheets).toMatchObject({ total: 4, created: 4, rendered: 4, failed: [] });
      expect(
        fake.drive
          .spreadsheetsIn(drive)
          .map((f) => f.appProperties?.laoMinstdKey)
          .sort(),
      ).toEqual([...KEYS].sort());
      const second = summaryOf(await rebuild({ SHARED_DRIVE_FOLDER_ID: drive }));
      expect(second.spreadsheets).toMatchObject({ created: 0, unchanged: 4 });
      expect(fake.drive.spreadsheetsIn(drive)).toHaveLength(4);
      const phuket = fake.drive.spreadsheetsIn(drive).find((f) => f.appProperties?.laoMinstdKey === 'ภูเก็ต')!;
      expect(fake.drive.directlySharedWith(phuket.id)).toEqual(VIEWERS['จ.ภูเก็ต']);
      // A coordinator removed from the sheet loses access here too; the drive's members (inherited) stay.
      seedCoordinators(fake, source.id, { ...VIEWERS, 'จ.ภูเก็ต': ['phuket2@example.go.th'] });
      await rebuild({ SHARED_DRIVE_FOLDER_ID: drive });
      expect(fake.drive.directlySharedWith(phuket.id)).toEqual(['phuket2@example.go.th']);
      expect(fake.drive.sharedWith(phuket.id)).toEqual([fake.drive.ownerEmail, fake.drive.callerEmail, 'phuket2@example.go.th'].sort());
    });

    test('a reply lost after files.create: found again by its key, no duplicate', async () => {
      await start();
      const drive = fake.drive.addSharedDrive('สรุป');
      fake.loseReplyNext('drive.files.create', 2);
      const summary = summaryOf(await rebuild({ SHARED_DRIVE_FOLDER_ID: drive }));
      expect(summary.spreadsheets).toMatchObject({ created: 4, rendered: 4, failed: [] });
      expect(fake.counts['drive.files.create']).toBe(4);
      expect(fake.drive.spreadsheetsIn(drive)).toHaveLength(4);
    });

    test('the function cannot create in My Drive: without a shared-drive folder it never tries', async () => {
      await start();
      // No summary-files sheet and no prepared files: refused in Thai, nothing attempted.
      const outcome = await rebuild();
      expect(outcome.status).toBe(422);
      expect((outcome.body as { message: string }).message).toContain('ไม่พบแผ่นงาน "ไฟล์สรุปรายจังหวัด"');
      expect(fake.counts['drive.files.create'] ?? 0).toBe(0);
    });
  });

  describe('never two writers', () => {
    test('two invocations at once on an empty shared drive: one runs, the other answers 409; every file exists once', async () => {
      await start();
      const drive = fake.drive.addSharedDrive('สรุป');
      const handler = createRebuildHandler(() => ({ env: { SOURCE_SPREADSHEET_ID: source.id, SHARED_DRIVE_FOLDER_ID: drive }, newApi, clock }));
      const otherInstance = createRebuildHandler(() => ({ env: { SOURCE_SPREADSHEET_ID: source.id, SHARED_DRIVE_FOLDER_ID: drive }, newApi, clock }));
      const answers: number[] = [];
      const res = (): HttpResponse => {
        const r: HttpResponse = { status: (code) => (answers.push(code), r), json: () => undefined };
        return r;
      };
      await Promise.all([handler({ method: 'POST' }, res()), otherInstance({ method: 'POST' }, res())]);
      expect(answers.sort()).toEqual([200, 409]);
      const keys = fake.drive.spreadsheetsIn(drive).map((f) => f.appProperties?.laoMinstdKey);
      expect(keys.sort()).toEqual([...KEYS].sort());
    });

    test('a lease held by a live run: 409 and nothing written; an expired one is taken over', async () => {
      await start();
      const { ids } = prepareMyDrive(fake, source.id, KEYS);
      const value = (until: number) => JSON.stringify({ holder: 'other-run', until });
      fake.sheets.get(source.id).developerMetadata.push({
        metadataId: LEASE_METADATA_ID,
        metadataKey: 'laoMinstdRebuildLease',
        metadataValue: value(clock.now() + 60_000),
        location: { locationType: 'SPREADSHEET', spreadsheet: true },
        visibility: 'PROJECT',
      });
      const refused = await rebuild();
      expect(refused.status).toBe(409);
      expect((refused.body as { message: string }).message).toMatch(/กำลังทำงานอยู่ \(จองไว้ถึง .*25\d\d/);
      for (const id of ids.values()) expect(sheetTitles(id)).toEqual(['Sheet1']);
      await clock.sleep(120_000);
      const taken = await rebuild();
      expect(taken.status).toBe(200);
      expect(fake.sheets.get(source.id).developerMetadata).toEqual([]);
    });

    test('two files being created by two runs at the same moment (lease bypassed): both end with one file per key', async () => {
      await start();
      const drive = fake.drive.addSharedDrive('สรุป');
      const { sharedDriveFiles } = await import('./drive-adapter');
      const targets = KEYS.map((key) => ({ key, title: summaryTitle(key) }));
      const [a, b] = await Promise.all([sharedDriveFiles(newApi(), drive, targets), sharedDriveFiles(newApi(), drive, targets)]);
      for (const key of KEYS) expect(a.files.get(key)!.id).toBe(b.files.get(key)!.id);
      expect(fake.drive.spreadsheetsIn(drive)).toHaveLength(KEYS.length);
    });
  });

  describe("within Google's limits", () => {
    test('every request and response stays under the payload limit; the source is read in row windows', async () => {
      await start();
      prepareMyDrive(fake, source.id, KEYS);
      const maxBytes = 20_000;
      const summary = summaryOf(await rebuild({}, { maxBytes }));
      expect(summary.spreadsheets).toMatchObject({ rendered: 4, failed: [] });
      expect(Math.max(...fake.log.map((l) => l.requestBytes))).toBeLessThanOrEqual(maxBytes);
      expect(Math.max(...fake.log.map((l) => l.responseBytes))).toBeLessThanOrEqual(maxBytes);
      expect(summary.source.requests).toBeGreaterThan(5);
    });

    test('the deadline: files not started in time are reported pending, and the next run finishes them', async () => {
      await start({ latency: 'google' });
      const { ids } = prepareMyDrive(fake, source.id, KEYS);
      const first = summaryOf(await rebuild({ RUN_DEADLINE_MINUTES: '0.05' }));
      expect(first).toMatchObject({ ok: true, complete: false });
      expect(first.spreadsheets.pending.length).toBeGreaterThan(0);
      expect(first.spreadsheets.rendered + first.spreadsheets.pending.length).toBe(4);
      const next = summaryOf(await rebuild());
      expect(next).toMatchObject({ complete: true });
      expect(next.spreadsheets.rendered).toBe(first.spreadsheets.pending.length);
      for (const id of ids.values()) expect(sheetTitles(id)).not.toContain('Sheet1');
    });

    test("Drive's 403 rate limit is retried after its Retry-After", async () => {
      await start();
      prepareMyDrive(fake, source.id, KEYS);
      fake.failNext('drive.files.get', 403, 1, { reason: 'userRateLimitExceeded', retryAfterSeconds: 30 });
      const began = clock.now();
      const summary = summaryOf(await rebuild());
      expect(summary.requests.retries.drive).toBe(1);
      expect(summary.requests.backoffMs).toBeGreaterThanOrEqual(30_000);
      expect(clock.now() - began).toBeGreaterThanOrEqual(30_000);
      expect(summary.spreadsheets.failed).toEqual([]);
    });

    test('a missing indicator column: Thai message naming it, nothing written', async () => {
      await start();
      const { ids } = prepareMyDrive(fake, source.id, KEYS);
      fake.sheets.seedValues(source.id, INDICATOR_ENTRIES.name, [['รหัส อปท.', 'รหัสตัวชี้วัด', 'กรอบ', 'การจัดบริการสาธารณะ (2)']]);
      const outcome = await rebuild();
      expect(outcome.status).toBe(422);
      expect((outcome.body as { message: string }).message).toContain('ไม่มีคอลัมน์ "กรอบการประเมิน (1)"');
      for (const id of ids.values()) expect(sheetTitles(id)).toEqual(['Sheet1']);
      expect(fake.counts['drive.permissions.create'] ?? 0).toBe(0);
    });
  });

  test('over HTTP: the handler answers the summary; wrong method 405; missing environment 500 in Thai', async () => {
    await start();
    prepareMyDrive(fake, source.id, KEYS);
    let vars: Record<string, string | undefined> = { SOURCE_SPREADSHEET_ID: source.id };
    const server = await serveHandler(createRebuildHandler(() => ({ env: vars, newApi, clock })));
    try {
      const post = async (method = 'POST') => {
        const r = await fetch(server.url, { method, body: method === 'POST' ? '{}' : undefined, headers: { 'content-type': 'application/json' } });
        return { status: r.status, body: (await r.json()) as any };
      };
      const ok = await post();
      expect(ok.status).toBe(200);
      expect(ok.body.spreadsheets.rendered).toBe(4);
      expect((await post('GET')).status).toBe(405);
      vars = {};
      const broken = await post();
      expect(broken).toEqual({ status: 500, body: { ok: false, message: expect.stringContaining('SOURCE_SPREADSHEET_ID') } });
    } finally {
      await server.close();
    }
  });
});
