import { GoogleApi, retryAfterMs } from './google-api';
import { fixedTokenAuth, startFakeSetup, type FakeSetup } from './testing/fake-clients';

let setup: FakeSetup;
afterEach(() => setup?.fake.close());

describe('back-off', () => {
  test('exponential with jitter: the n-th wait is between half and all of min(64 s, 1 s·2ⁿ); never under Retry-After', () => {
    const low = new GoogleApi({ auth: fixedTokenAuth('t'), random: () => 0 });
    const high = new GoogleApi({ auth: fixedTokenAuth('t'), random: () => 0.999999 });
    expect([0, 1, 2, 6, 7, 10].map((n) => low.backoff(n, undefined))).toEqual([500, 1000, 2000, 32_000, 32_000, 32_000]);
    expect([0, 1, 2, 6, 7, 10].map((n) => high.backoff(n, undefined))).toEqual([1000, 2000, 4000, 64_000, 64_000, 64_000]);
    expect(low.backoff(0, 30_000)).toBe(30_000);
  });

  test('Retry-After in seconds or as an HTTP date', () => {
    const now = Date.UTC(2026, 5, 22, 1, 0, 0);
    const err = (value: string) => ({ response: { headers: new Headers({ 'retry-after': value }) } });
    expect(retryAfterMs(err('12'), now)).toBe(12_000);
    expect(retryAfterMs(err(new Date(now + 5000).toUTCString()), now)).toBe(5000);
    expect(retryAfterMs({ response: { headers: new Headers() } }, now)).toBeUndefined();
  });
});

describe('what is retried', () => {
  const get = (s: FakeSetup) => () => s.api.drive.about.get({ fields: 'user(emailAddress)' });

  test('a 503 is retried for a call safe to repeat, not for one that is not', async () => {
    setup = await startFakeSetup();
    setup.fake.failNext('drive.about.get', 503, 2);
    await expect(setup.api.call('drive', 'drive.about.get', get(setup), 'safe')).resolves.toBeDefined();
    expect(setup.api.retries.drive).toBe(2);
    setup.fake.failNext('drive.about.get', 503, 1);
    await expect(setup.api.call('drive', 'drive.about.get', get(setup), 'refusedOnly')).rejects.toMatchObject({ response: { status: 503 } });
    expect(setup.api.retries.drive).toBe(2);
  });

  test("Drive's 403 rate limits and 429 are retried even when repeating is not safe: Google did nothing", async () => {
    setup = await startFakeSetup();
    setup.fake.failNext('drive.about.get', 403, 1, { reason: 'rateLimitExceeded' });
    setup.fake.failNext('drive.about.get', 429, 1);
    await expect(setup.api.call('drive', 'drive.about.get', get(setup), 'refusedOnly')).resolves.toBeDefined();
    expect(setup.api.retries.drive).toBe(2);
    // Any other 403 is final.
    setup.fake.failNext('drive.about.get', 403, 1, { reason: 'insufficientFilePermissions' });
    await expect(setup.api.call('drive', 'drive.about.get', get(setup), 'safe')).rejects.toMatchObject({ response: { status: 403 } });
  });

  test('a lost reply is retried only when safe', async () => {
    setup = await startFakeSetup();
    setup.fake.loseReplyNext('drive.about.get', 1);
    await expect(setup.api.call('drive', 'drive.about.get', get(setup), 'safe')).resolves.toBeDefined();
    setup.fake.loseReplyNext('drive.about.get', 1);
    await expect(setup.api.call('drive', 'drive.about.get', get(setup), 'refusedOnly')).rejects.toThrow();
  });

  test('no retry that would end after the deadline', async () => {
    setup = await startFakeSetup();
    setup.api.deadline = setup.clock.now() + 10_000;
    setup.fake.failNext('drive.about.get', 403, 1, { reason: 'userRateLimitExceeded', retryAfterSeconds: 60 });
    await expect(setup.api.call('drive', 'drive.about.get', get(setup), 'safe')).rejects.toMatchObject({ response: { status: 403 } });
    expect(setup.clock.slept).toBe(0);
  });
});
