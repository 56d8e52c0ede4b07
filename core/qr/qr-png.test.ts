import { decodeQrPng } from '../../scripts/testing/decode-qr';
import { base64, qrPng, qrPngDataUrl, qrSegments } from './qr-png';

const THAI_LINK =
  'https://docs.google.com/forms/d/e/1FAIpQLSdTEST/viewform?usp=pp_url&entry.1001=%E0%B8%95%E0%B8%B2%E0%B8%81' +
  `&entry.2002=${encodeURIComponent('อบต.ท่าสายลวด — อ.แม่สอด').replace(/%20/g, '+')}&pageHistory=0,3`;

describe('QR codes as PNG without Node or DOM', () => {
  test('a prefilled link with a Thai LAO decodes back to exactly that link', () => {
    expect(decodeQrPng(qrPng(THAI_LINK))).toBe(THAI_LINK);
  });

  test('text outside ASCII is encoded as UTF-8 and reads back', () => {
    expect(decodeQrPng(qrPng('อบต.บ้านนา 6630106'))).toBe('อบต.บ้านนา 6630106');
  });

  test('long percent-encoded runs go into alphanumeric segments, the rest into bytes', () => {
    const modes = qrSegments(THAI_LINK).map((s) => s.mode);
    expect(modes).toContain('alphanumeric');
    expect(modes[0]).toBe('byte');
    // A short run stays in bytes: switching would cost more than it saves.
    expect(qrSegments('https://x.example/AB').map((s) => s.mode)).toEqual(['byte']);
  });

  test('the PNG is small and the data URL carries it in base64', () => {
    const png = qrPng(THAI_LINK);
    expect(png.length).toBeLessThan(3000);
    const url = qrPngDataUrl(THAI_LINK);
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    expect(Buffer.from(url.slice('data:image/png;base64,'.length), 'base64').equals(Buffer.from(png))).toBe(true);
  });

  test('base64 matches the standard encoding at every padding length', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'ก']) {
      const bytes = new Uint8Array(Buffer.from(text));
      expect(base64(bytes)).toBe(Buffer.from(text).toString('base64'));
    }
  });
});
