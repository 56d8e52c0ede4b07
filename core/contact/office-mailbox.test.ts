import { parseEmail } from './email';
import { isOfficeMailbox } from './office-mailbox';

const LAO = '6810408';
const mailbox = (typed: string) => {
  const parsed = parseEmail(typed);
  if (!parsed.ok) throw new Error(`not an address: ${typed}`);
  return isOfficeMailbox(parsed.value, LAO);
};

describe("an LAO's own mailbox, by its address", () => {
  test.each([
    // The LAO's รหัส อปท. in the address: the office's account, whoever types it.
    'obt6810408@gmail.com',
    'Saraban_6810408@Hotmail.com',
    // The code typed with a slip: two neighbours swapped, a digit doubled or left out.
    'lao6810480@gmail.com',
    'lao68104088@gmail.com',
    'lao681048@gmail.com',
    // RFC 2142 (https://www.rfc-editor.org/rfc/rfc2142) role mailboxes, and the Thai correspondence desk (สารบรรณ).
    'info@banna.go.th',
    'webmaster@banna.go.th',
    'postmaster@banna.go.th',
    'admin.banna@gmail.com',
    'saraban@banna.go.th',
    'sarabun.banna@gmail.com',
    // A whole word anywhere between other characters: after digits, before a digit, at the end.
    'banna_admin@gmail.com',
    'info2@banna.go.th',
    'abt.banna.office@gmail.com',
  ])('%s', (typed) => {
    expect(mailbox(typed)).toBe(true);
  });
});

describe('a personal address', () => {
  test.each([
    'somchai.j@gmail.com',
    'jaidee.s@hotmail.com',
    // Another LAO's code, or a code one digit off, is not this LAO's.
    'obt6810409@gmail.com',
    'obt6810499@gmail.com',
    // Seven digits in another order than a swap.
    'lao8610480@gmail.com',
    // Role words only count as whole words: saowalak is a given name, informatics a subject.
    'saowalak.p@gmail.com',
    'informatics.somchai@gmail.com',
    'somchai.mininfo@gmail.com',
    // A Thai-script address (EAI) names its person.
    'สมชาย.ใจ@อีเมล.ไทย',
  ])('%s', (typed) => {
    expect(mailbox(typed)).toBe(false);
  });
});
