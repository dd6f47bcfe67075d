// The restart case in Firefox: with the event page unloaded after half an idle second, SMS keep arriving;
// the popup's port wakes the page again each time. Every SMS is stored exactly once and notified once, and
// the provider still sees one paced request at a time with the key only in the header.
import { expect, test } from '@playwright/test';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import {
  NOTICE_COUNTS_SCRIPT, NOTICE_WATCH_SCRIPT, STORED_SMS_SCRIPT, auditNotices, auditRequests, auditSms, between, sleep, type StoredSms,
} from '../support/chaos.ts';
import { readPrivateScript } from '../support/private-store.ts';
import { launchFirefoxRig, type FirefoxRig } from '../support/reliability-firefox.ts';

const API_KEY = 'e2e-reliability-ff-81d0';
const SMS_COUNT = 12;
let standIn: StandIn;
let rig: FirefoxRig;

test.beforeEach(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  rig = await launchFirefoxRig(API_KEY, standIn.url);
});

test.afterEach(async ({}, testInfo) => {
  // A run that failed says what the engine last knew and what reached the provider: a stall of polling
  // and a lost write look the same from the stored SMS alone.
  if (testInfo.status !== testInfo.expectedStatus && rig) {
    const status = await rig.popup.evaluate(readPrivateScript('status')).catch((e: unknown) => `unreadable: ${String(e)}`);
    const requests = standIn.requests().map((r) => `${r.at % 100_000} ${r.path.split('/').pop()}`);
    console.log(`engine status: ${JSON.stringify(status)}\nprovider requests (${requests.length}): ${requests.slice(-15).join(', ')}`);
  }
  await rig?.close();
  await standIn?.close();
});

test(`${SMS_COUNT} SMS while the event page keeps unloading: each stored and notified exactly once`, async () => {
  test.setTimeout(90_000);
  const { tzid } = standIn.createRental({ country: 7, confirmed: true, days: 7 });
  await rig.popup.evaluate(NOTICE_WATCH_SCRIPT);
  const sent = await deliverSpaced(tzid, SMS_COUNT, (i) => `Your code is ${String(200000 + i * 4099).slice(-6)}. Message ${i + 1} of ${SMS_COUNT}.`);
  await expectEachStoredOnce(sent);
  const unloads = await rig.unloads();
  test.info().annotations.push({ type: 'event page unloads survived', description: String(unloads) });
  console.log(`event page unloads survived: ${unloads}`);
  expect(unloads).toBeGreaterThanOrEqual(10);

  const counts = () => rig.popup.evaluate(NOTICE_COUNTS_SCRIPT) as Promise<Record<string, number>>;
  await expect
    .poll(async () => auditNotices(sent.map((key) => `sms:${key}`), await counts()))
    .toEqual({ missing: [], repeated: [], unexpected: [] });

  const audit = auditRequests(standIn.requests(), API_KEY);
  expect(audit.maxInFlight).toBe(1);
  expect(audit.tooClose).toEqual([]);
  expect(audit.notBearer).toBe(0);
  expect(audit.keyInQuery).toBe(0);
});

test('a clock set back while the event page keeps unloading: SMS still arrive', async () => {
  test.setTimeout(60_000);
  const { tzid } = standIn.createRental({ country: 7, confirmed: true, days: 7 });
  // The pace's record of the last request (gate.ts), as a clock set back ten minutes leaves it: in the
  // future. A page that waited for it lived shorter than the wait, and the next page found it again.
  await rig.popup.evaluate('browser.storage.session.set({ lastCall: Date.now() + 600_000 })');
  await expectEachStoredOnce(await deliverSpaced(tzid, 4, (i) => `Your code is ${310000 + i}.`));
  expect(auditRequests(standIn.requests(), API_KEY).tooClose).toEqual([]);
});

/** Delivers `count` SMS to the rental 1.5–2.5 s apart, long enough for the event page to unload in
 * between; returns their keys (`tzid:id`). */
async function deliverSpaced(tzid: number, count: number, text: (i: number) => string): Promise<string[]> {
  const sent: string[] = [];
  for (let i = 0; i < count; i++) {
    const message = standIn.deliverSms({ tzid, service: 'Chaos', text: text(i) });
    sent.push(`${tzid}:${message.id}`);
    await sleep(between(1500, 2500));
  }
  return sent;
}

/** Every SMS sent is stored, once, and notified (within 20 s of the last one). */
async function expectEachStoredOnce(sent: string[]): Promise<void> {
  const stored = () => rig.popup.evaluate(STORED_SMS_SCRIPT) as Promise<StoredSms[]>;
  await expect
    .poll(async () => auditSms(sent, await stored()), { timeout: 20_000 })
    .toEqual({ sent: sent.length, stored: sent.length, lost: [], duplicated: [], unnotified: [] });
}
