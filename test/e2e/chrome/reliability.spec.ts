// Reliability in Chromium against the stand-in: a rental made on the website shows within one poll; SMS
// keep arriving while the service worker is stopped again and again, and each is stored and notified
// exactly once; provider faults keep the rentals, show a specific error and clear on the first success.
// Across every test the stand-in's log shows one request at a time, paced, with the key only in the header.
import { expect, test } from '@playwright/test';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import {
  BANNER_SCRIPT, NOTICE_COUNTS_SCRIPT, NOTICE_IDS_SCRIPT, NOTICE_WATCH_SCRIPT, STORED_SMS_SCRIPT, auditNotices, auditRequests, auditSms, between, sleep, startStopper, type StoredSms,
} from '../support/chaos.ts';
import { launchChromiumRig, type ChromiumRig } from '../support/reliability-chromium.ts';

const API_KEY = 'e2e-reliability-3c9e';
let standIn: StandIn;
let rig: ChromiumRig;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  rig = await launchChromiumRig(API_KEY, standIn.url);
});

test.afterAll(async () => {
  await rig?.close();
  await standIn?.close();
});

test.afterEach(() => {
  // Whatever a test did to the extension, the provider saw one request at a time, at most one a second,
  // each with the key in the Authorization header and never in a URL.
  const audit = auditRequests(standIn.requests(), API_KEY);
  expect(audit.requests).toBeGreaterThan(0);
  expect(audit.maxInFlight, 'two requests in flight at once').toBe(1);
  expect(audit.tooClose, 'requests started less than ~1 s apart').toEqual([]);
  expect(audit.notBearer).toBe(0);
  expect(audit.keyInQuery).toBe(0);
  standIn.clearRequests();
});

const storedSms = () => rig.popup.evaluate(STORED_SMS_SCRIPT) as Promise<StoredSms[]>;
const banner = () => rig.popup.evaluate(BANNER_SCRIPT) as Promise<string>;
const startedSince = (at: number, path = '/api/rent/getRentState.php') =>
  standIn.requests().filter((r) => r.at >= at && r.path === path).length;

test('a rental made on the website shows in the open popup within one poll', async () => {
  const first = standIn.createRental({ country: 7, number: '9313358547', confirmed: true, days: 1 });
  await rig.popup.reload(); // opening the popup polls at once
  await expect(rig.popup.getByText('+7 931 335-85-47')).toBeVisible();

  // The popup stays open and a rental is active, so the fast loop runs: the next poll must bring the new one.
  const createdAt = Date.now();
  standIn.createRental({ country: 7, number: '9217001122', confirmed: true, days: 1 });
  await expect(rig.popup.getByText('+7 921 700-11-22')).toBeVisible({ timeout: 10_000 });
  // A poll already under way when the rental was made may miss it; the first one started after must not.
  expect(startedSince(createdAt)).toBeLessThanOrEqual(1);
  standIn.expire(first.tzid);
});

test('20 SMS while the service worker is stopped 10+ times: each stored and notified exactly once', async () => {
  const { tzid } = standIn.state().rentals[0]!;
  const sent: string[] = [];
  await rig.popup.evaluate(NOTICE_WATCH_SCRIPT);
  const stopper = startStopper(() => rig.stopWorker(), 2000, 5000);
  for (let i = 0; i < 20; i++) {
    const code = String(100000 + i * 3571).slice(-6);
    const message = standIn.deliverSms({ tzid, service: 'Chaos', text: `Your code is ${code}. Message ${i + 1} of 20.` });
    sent.push(`${tzid}:${message.id}`);
    await sleep(between(1500, 2500));
  }
  // A slow machine may have spaced the stops out: keep going until ten were survived.
  while (stopper.count() < 10) await sleep(500);
  const stops = await stopper.end();
  test.info().annotations.push({ type: 'worker stops survived', description: String(stops) });
  console.log(`worker stops survived: ${stops}`);

  await expect
    .poll(async () => auditSms(sent, await storedSms()), { timeout: 20_000 })
    .toEqual({ sent: 20, stored: 20, lost: [], duplicated: [], unnotified: [] });
  const stored = await storedSms();
  expect(stored.filter((m) => m.tzid === tzid)).toHaveLength(20); // ids unique, none twice
  // Each SMS was shown as exactly one system notification under its own id, and none other.
  const expectedNotices = sent.map((key) => `sms:${key}`);
  await expect
    .poll(async () => auditNotices(expectedNotices, (await rig.popup.evaluate(NOTICE_COUNTS_SCRIPT)) as Record<string, number>))
    .toEqual({ missing: [], repeated: [], unexpected: [] });
  // And nothing is left on screen that should not be (the watcher dismissed each one as it came).
  expect(((await rig.popup.evaluate(NOTICE_IDS_SCRIPT)) as string[]).filter((id) => id.startsWith('sms:'))).toEqual([]);
});

test('provider faults keep the rentals, show a specific error within two polls and clear on the first success', async () => {
  const rentalsBefore = (await storedSms()).length;
  const numbers = () => rig.popup.getByText('+7 921 700-11-22');
  await expect(numbers()).toBeVisible();
  const cases: Array<{ name: string; faults: Parameters<StandIn['queueFaults']>[0]; text: RegExp; maxWaitMs?: number }> = [
    { name: '5xx burst', faults: [{ kind: 'status', status: 503 }, { kind: 'status', status: 502 }], text: /HTTP 50[23]/ },
    { name: '429 with Retry-After', faults: [{ kind: 'rate-limit', retryAfterSeconds: 3 }], text: /slow down.*in 3 s/s },
    { name: 'truncated JSON', faults: [{ kind: 'truncated' }], text: /could not read/ },
    { name: 'HTML page', faults: [{ kind: 'html' }], text: /could not read/ },
    { name: 'hang', faults: [{ kind: 'hang' }], text: /did not answer in time/, maxWaitMs: 25_000 },
  ];
  for (const c of cases) {
    await test.step(c.name, async () => {
      const queuedAt = Date.now();
      standIn.queueFaults(c.faults);
      await expect.poll(banner, { timeout: c.maxWaitMs ?? 10_000, intervals: [100] }).toMatch(c.text);
      // Within two polls: when the banner is up, at most one request has started after the faulted one.
      const since = standIn.requests().filter((r) => r.at >= queuedAt);
      const firstFaulted = since.findIndex((r) => r.fault !== null);
      expect(firstFaulted).toBeGreaterThanOrEqual(0);
      expect(since.length - firstFaulted).toBeLessThanOrEqual(c.faults.length + 1);
      await expect.poll(banner, { timeout: 20_000 }).toBe('');
      expect(standIn.state().faultsQueued).toBe(0);
      // Rentals and their messages are still there, and on screen.
      await expect(numbers()).toBeVisible();
      expect((await storedSms()).length).toBe(rentalsBefore);
      if (c.name.startsWith('429')) {
        const log = standIn.requests().filter((r) => r.at >= queuedAt);
        const limited = log.findIndex((r) => r.fault === 'rate-limit');
        expect(log[limited + 1]!.at - log[limited]!.at).toBeGreaterThanOrEqual(2950);
      }
    });
  }
});
