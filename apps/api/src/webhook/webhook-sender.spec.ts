import { WebhookReceiver } from '../../test/webhook-receiver';
import { problemWithUrl, refusalOf } from './webhook-address';
import { backoffMs } from './webhook.dispatcher';
import { send } from './webhook-sender';

const BODY = JSON.stringify({ type: 'STATUS_POSTED', timestamp: '2026-03-31T09:15:00.000Z', data: { project: {} } });

describe('which addresses a webhook may reach', () => {
  it.each([
    ['127.0.0.1'],
    ['10.1.2.3'],
    ['172.20.0.1'],
    ['192.168.178.1'],
    ['169.254.10.10'],
    ['100.64.0.1'],
    ['0.0.0.0'],
    ['::1'],
    ['fe80::1'],
    ['fd12:3456::1'],
    ['::ffff:127.0.0.1'],
    ['::ffff:7f00:1'],
  ])('refuses %s unless private addresses are allowed', (address) => {
    expect(refusalOf(address, false)).toMatch(/loopback, private or link-local/);
    expect(refusalOf(address, true)).toBeNull();
  });

  it.each([['169.254.169.254'], ['fd00:ec2::254'], ['::ffff:169.254.169.254']])(
    'refuses the metadata address %s always',
    (address) => {
      expect(refusalOf(address, true)).toMatch(/cloud metadata/);
    },
  );

  it('lets public addresses through', () => {
    expect(refusalOf('93.184.216.34', false)).toBeNull();
    expect(refusalOf('2606:2800:220:1:248:1893:25c8:1946', false)).toBeNull();
  });

  it('checks the addresses that a host name resolves to, and the scheme', async () => {
    expect(await problemWithUrl('http://localhost:8080/hook', false)).toMatch(
      /^resolves to 127\.0\.0\.1 is a loopback/,
    );
    expect(await problemWithUrl('http://localhost:8080/hook', true)).toBeNull();
    expect(await problemWithUrl('gopher://example.org/', true)).toBe('must be an http or https URL');
    expect(await problemWithUrl('http://[fd00:ec2::254]/', true)).toMatch(/cloud metadata/);
  });
});

describe('sending a webhook', () => {
  let receiver: WebhookReceiver;

  beforeEach(async () => {
    receiver = await WebhookReceiver.start();
  });

  afterEach(() => receiver.close());

  it('refuses at delivery time a host that resolves to a refused address, and connects nowhere', async () => {
    const url = receiver.url.replace('127.0.0.1', 'localhost');
    const outcome = await send(url, {}, BODY, false);
    expect(outcome).toEqual({
      ok: false,
      status: null,
      error: expect.stringMatching(/^refused: localhost resolves to 127\.0\.0\.1/),
    });
    expect(await send(receiver.url, {}, BODY, false)).toEqual({
      ok: false,
      status: null,
      error: expect.stringMatching(/^refused: 127\.0\.0\.1 is a loopback/),
    });
    expect(receiver.received).toEqual([]);
    expect(await send(url, {}, BODY, true)).toEqual({ ok: true, status: 200 });
  });

  it('follows no redirect: a 3xx is a failed attempt', async () => {
    receiver.statuses = [301];
    expect(await send(receiver.url, {}, BODY, true)).toEqual({
      ok: false,
      status: 301,
      error: 'HTTP 301: redirects are not followed',
    });
    expect(receiver.received.length).toBe(1);
  });

  it('gives up on a receiver that does not answer within 10 s', async () => {
    receiver.hold = true;
    const started = Date.now();
    const outcome = await send(receiver.url, {}, BODY, true);
    expect(outcome).toEqual({ ok: false, status: null, error: 'no answer within 10 s' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_900);
    expect(Date.now() - started).toBeLessThan(12_000);
  }, 20_000);
});

describe('the wait before a retry', () => {
  it('doubles from about a second, in its upper half at random, to at most an hour', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, 1))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(40, 1)).toBe(3_600_000);
    expect(backoffMs(40, 0)).toBe(1_800_000);
  });
});
