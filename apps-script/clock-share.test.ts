/**
 * One clock run carries both the rebuild's continuations and the confirmation e-mail queue (app.ts rebuildAction):
 * under the moving clock, with a rebuild that needs several executions and a queue that does too, both make
 * progress, neither starves the other, no e-mail goes twice and every execution stays within 4.5 minutes.
 */
import { pickedLaoTitle } from '../sheets-schema/rsvp-picked-lao';
import { CONFIRMATIONS_ON_PROPERTY } from './confirmations';
import { LATENCY, type LatencyModel } from './testing/latency';
import { SOMSRI, setUpWorkshop } from './testing/workshop';

/**
 * Typical latencies without the Node-time factor, but slow files (a rebuild of three provinces needs more than one
 * execution) and slow e-mails (twelve need more than one execution's share).
 */
const SLOW: LatencyModel = { ...LATENCY.typical, computeFactor: 0, structureMs: 1_000, createFileMs: 30_000, openMs: 10_000, mailMs: 20_000 };
const MINUTE = 60_000;

const LAOS: Array<[string, string]> = [
  ['ตาก', 'เทศบาลตำบลแม่ระมาด — อ.แม่ระมาด'],
  ['ตาก', 'อบต.พระธาตุ — อ.แม่ระมาด'],
  ['ตาก', 'อบต.แม่ระมาด — อ.แม่ระมาด'],
  ['แม่ฮ่องสอน', 'อบต.แม่นาเติง — อ.ปาย'],
];
const FIRST_NAMES = ['สมศรี', 'สมชาย', 'มาลี', 'วิชัย', 'อรุณี', 'ประเสริฐ', 'สุดา', 'ธนา', 'กมล', 'นิตยา', 'บุญมี', 'จันทร์เพ็ญ'];

/** Twelve people of four LAOs, each with an e-mail address of their own. */
const people = FIRST_NAMES.map((first, i) => {
  const [province, lao] = LAOS[i % LAOS.length]!;
  return {
    ...SOMSRI,
    จังหวัด: province,
    [pickedLaoTitle(province)]: lao,
    'ชื่อ-นามสกุล': `นาย${first} ทดสอบ${i}`,
    โทรศัพท์มือถือ: `08${String(10000000 + i * 7919).slice(0, 8)}`,
    อีเมล: `person${i}@example.com`,
    รอบการประชุม: lao.startsWith('อบต.') ? 'รอบที่ 2 (อบต.)' : 'รอบที่ 1 (อบจ. เทศบาล)',
  };
});

describe('the clock run shares its executions between the rebuild and the e-mail queue', () => {
  it('both make progress, neither starves, no e-mail twice, every execution within 4.5 minutes', () => {
    const w = setUpWorkshop({ latency: SLOW });
    const sessions = w.ss.getSheetByName('รอบการประชุม')!;
    sessions.getRange(1, 5, 3, 1).setValues([['ลิงก์'], ['https://meet.example/r1'], ['https://meet.example/r2']]);
    for (const p of people) w.fake.submitForm(w.form, p);
    // A coordinator started the queue before (ส่งอีเมลยืนยันผู้ลงทะเบียน): the clock carries it on.
    w.fake.propertiesService.script.setProperty(CONFIRMATIONS_ON_PROPERTY, 'true');

    const files = () => [...w.fake.spreadsheetApp.spreadsheets.keys()].filter((id) => id !== w.ss.getId()).length;
    const pending = () => w.fake.propertiesService.script.getProperty('rebuildState') !== null;
    const steps: Array<{ sent: number; files: number; pending: boolean }> = [];
    const record = () => steps.push({ sent: w.fake.mailApp.sent.length, files: files(), pending: pending() });
    steps.push({ sent: 0, files: files(), pending: true });
    w.fake.runClock();
    record();
    // Continuations a minute apart; once none is left, the next clock run half an hour later.
    for (let i = 0; i < 30 && (pending() || w.fake.mailApp.sent.length < people.length); i++) {
      const due = w.fake.scriptApp.nextDue();
      if (due !== null) {
        w.fake.runtime.advanceTo(due);
        w.fake.runDue();
      } else {
        w.fake.runtime.advanceTo(w.fake.runtime.clockMs + 30 * MINUTE);
        w.fake.runClock();
      }
      record();
    }

    const runs = w.fake.runtime.executions.filter((e) => e.trigger && (e.label === 'trigger:rebuildSummaries' || e.label === 'trigger:continueRebuild'));
    expect(runs.length).toBe(steps.length - 1);
    // Every execution ended by itself, within 4.5 minutes.
    expect(runs.map((e) => e.error)).toEqual(runs.map(() => null));
    expect(Math.max(...runs.map((e) => e.endMs - e.startMs))).toBeLessThanOrEqual(4.5 * MINUTE);
    // Both queues needed more than one execution, and both finished.
    expect(steps.filter((s) => s.pending).length).toBeGreaterThan(1);
    expect(steps.at(-1)!.pending).toBe(false);
    expect(steps.findIndex((s) => s.sent === people.length)).toBeGreaterThan(2);
    // No e-mail twice: each person once.
    expect(w.fake.mailApp.sent.map((m) => m.to).sort()).toEqual(people.map((p) => p.อีเมล).sort());
    // Neither starves: every execution while both have work left sends e-mails and writes province files (without the
    // e-mails' share of each execution, MAIL_SHARE_MS, none is sent before the rebuild is done).
    for (let i = 1; i < steps.length; i++) {
      const [before, after] = [steps[i - 1]!, steps[i]!];
      if (!before.pending || before.sent === people.length) continue;
      expect({ i, sent: after.sent > before.sent }).toEqual({ i, sent: true });
      expect({ i, progress: after.files > before.files || !after.pending }).toEqual({ i, progress: true });
    }
  });
});
