import { fillTemplate } from './template';

describe('fillTemplate', () => {
  test('placeholders filled; optional segments kept only with all their values', () => {
    expect(fillTemplate('ไม่พบรหัส[ "{value}"] ในทะเบียน', { value: '6630101' })).toBe('ไม่พบรหัส "6630101" ในทะเบียน');
    expect(fillTemplate('ไม่พบรหัส[ "{value}"] ในทะเบียน', {})).toBe('ไม่พบรหัส ในทะเบียน');
    expect(fillTemplate('[{a} และ {b}]', { a: 1 })).toBe('');
    expect(fillTemplate('ร้อยละ {value}', { value: 0 })).toBe('ร้อยละ 0');
  });

  test('long user values are shortened', () => {
    const long = 'ก'.repeat(80);
    expect(fillTemplate('"{value}"', { value: long })).toBe(`"${'ก'.repeat(60)}…"`);
  });
});
