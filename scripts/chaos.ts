// npm run test:chaos — the long reliability run (issue 7): a 5-minute rental receives 30 SMS while the
// background is stopped every 2–20 s (Chromium: the service worker closed over CDP; Firefox: the event
// page unloaded after one idle second, the only way Firefox offers), with provider faults injected along
// the way. Prints one summary row per browser and exits 1 on any lost or duplicated SMS, any notice
// shown twice or never, or two requests in flight. Needs both builds in .output (see docs/reliability.md).
//
//   node scripts/chaos.ts [--only chromium|firefox] [--minutes 5] [--sms 30]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startStandIn, type Fault, type StandIn } from '../test/stand-in/server.ts';
import {
  NOTICE_COUNTS_SCRIPT, NOTICE_WATCH_SCRIPT, STORED_SMS_SCRIPT, auditNotices, auditRequests, auditSms, between, sleep, startStopper,
  type StoredSms,
} from '../test/e2e/support/chaos.ts';
import { CHROME_BUILD } from '../test/e2e/support/chromium.ts';
import { FIREFOX_BUILD } from '../test/e2e/support/firefox.ts';
import { launchChromiumRig } from '../test/e2e/support/reliability-chromium.ts';
import { launchFirefoxRig } from '../test/e2e/support/reliability-firefox.ts';

const API_KEY = 'chaos-key-0b7e';
/** Faults cycled through during a run: one after every few SMS, none in the last minute (a hang plus
 * backoff must not push an SMS past the rental's end). */
const FAULTS: Fault[] = [
  { kind: 'status', status: 503 },
  { kind: 'rate-limit', retryAfterSeconds: 2 },
  { kind: 'truncated' },
  { kind: 'html' },
  { kind: 'status', status: 502, body: 'json' },
  { kind: 'slow', ms: 3000 },
  { kind: 'reset' },
  { kind: 'hang' },
];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    minutes: { type: 'string', default: '5' },
    sms: { type: 'string', default: '30' },
  },
});
const MINUTES = Number(values.minutes);
const SMS = Number(values.sms);
if (!(MINUTES >= 1 && MINUTES <= 30) || !(SMS >= 1 && SMS <= 200)) throw new Error('--minutes must be 1–30 and --sms 1–200');
const browsers = values.only ? [values.only] : ['chromium', 'firefox'];
if (!browsers.every((b) => b === 'chromium' || b === 'firefox')) throw new Error('--only takes chromium or firefox');

interface Row {
  browser: string;
  stops: number;
  sent: number;
  stored: number;
  lost: number;
  duplicated: number;
  unnotified: number;
  noticeMissing: number;
  noticeRepeated: number;
  faults: number;
  requests: number;
  maxInFlight: number;
  tooClose: number;
  keyLeaks: number;
  seconds: number;
}

interface Rig {
  /** An extension page of the browser: storage and notices are read through it. */
  evaluate(script: string): Promise<unknown>;
  /** Chromium: stop the worker now. Firefox: undefined (the idle pref does it). */
  stop?: () => Promise<boolean>;
  /** Firefox: unloads seen so far. */
  unloads?: () => Promise<number>;
  close(): Promise<void>;
}

const cleanups: Array<() => Promise<unknown>> = [];
async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) await Promise.race([cleanups.pop()!().catch(() => undefined), sleep(15_000)]);
}
// Bounded: the whole run, both browsers, ends within this budget whatever happens.
const budgetMs = browsers.length * (MINUTES + 3) * 60_000;
const bail = (why: string) => {
  console.error(`\nchaos: ${why}; cleaning up…`);
  void cleanupAll().then(() => process.exit(2));
};
setTimeout(() => bail(`over the ${Math.round(budgetMs / 60_000)}-minute budget`), budgetMs).unref();
process.on('SIGINT', () => bail('interrupted'));
process.on('SIGTERM', () => bail('terminated'));

async function launch(browser: string, standIn: StandIn): Promise<Rig> {
  if (browser === 'chromium') {
    const rig = await launchChromiumRig(API_KEY, standIn.url);
    return { evaluate: (s) => rig.popup.evaluate(s), stop: () => rig.stopWorker(), close: () => rig.close() };
  }
  const rig = await launchFirefoxRig(API_KEY, standIn.url);
  return { evaluate: (s) => rig.popup.evaluate(s), unloads: () => rig.unloads(), close: () => rig.close() };
}

async function run(browser: string): Promise<Row> {
  const started = Date.now();
  const standIn = await startStandIn({ apiKey: API_KEY });
  cleanups.push(() => standIn.close());
  const rig = await launch(browser, standIn);
  cleanups.push(() => rig.close());
  await rig.evaluate(NOTICE_WATCH_SCRIPT);

  const { tzid } = standIn.createRental({ country: 7, confirmed: true, minutesLeft: MINUTES });
  const endsAt = Date.now() + MINUTES * 60_000;
  const stopper = rig.stop ? startStopper(rig.stop, 2000, 20_000) : null;
  // SMS spread over the rental's life, leaving its last half minute free.
  const spacing = (MINUTES * 60_000 - 30_000) / SMS;
  const sent: string[] = [];
  let faultIndex = 0;
  for (let i = 0; i < SMS; i++) {
    const code = String(300000 + i * 7127).slice(-6);
    const message = standIn.deliverSms({ tzid, service: 'Chaos', text: `Your code is ${code}. Message ${i + 1} of ${SMS}.` });
    sent.push(`${tzid}:${message.id}`);
    if (i % 3 === 2 && endsAt - Date.now() > 60_000) standIn.queueFaults([FAULTS[faultIndex++ % FAULTS.length]!]);
    process.stdout.write(`\r${browser}: ${i + 1}/${SMS} SMS sent`);
    await sleep(between(spacing * 0.5, spacing * 1.5));
  }
  process.stdout.write('\n');
  const stops = stopper ? await stopper.end() : await rig.unloads!();

  // Everything sent must be stored and notified; give the last poll (and any backoff) time to land.
  let audit = auditSms(sent, (await rig.evaluate(STORED_SMS_SCRIPT)) as StoredSms[]);
  for (let waited = 0; (audit.lost.length > 0 || audit.unnotified.length > 0) && waited < 90_000; waited += 1000) {
    await sleep(1000);
    audit = auditSms(sent, (await rig.evaluate(STORED_SMS_SCRIPT)) as StoredSms[]);
  }
  await sleep(1000); // the notice watcher samples every 50 ms; let it see the last one
  const notices = auditNotices(sent.map((key) => `sms:${key}`), (await rig.evaluate(NOTICE_COUNTS_SCRIPT)) as Record<string, number>);
  const requests = auditRequests(standIn.requests(), API_KEY);
  for (const pair of requests.tooClose) console.log(`${browser}: ${pair.path} started ${pair.gapMs} ms after the previous request (stand-in clock)`);
  await cleanupAll();
  return {
    browser,
    stops,
    sent: audit.sent,
    stored: audit.stored,
    lost: audit.lost.length,
    duplicated: audit.duplicated.length,
    unnotified: audit.unnotified.length,
    noticeMissing: notices.missing.length,
    noticeRepeated: notices.repeated.length,
    faults: requests.faults,
    requests: requests.requests,
    maxInFlight: requests.maxInFlight,
    tooClose: requests.tooClose.length,
    keyLeaks: requests.notBearer + requests.keyInQuery,
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

function printTable(rows: Row[]): void {
  const head = ['browser', 'worker stops', 'SMS sent', 'stored', 'lost', 'duplicated', 'not notified', 'notices missing', 'duplicate notices', 'faults injected', 'requests', 'max in-flight', 'starts < 950 ms apart', 'key outside header', 'seconds'];
  const body = rows.map((r) => [r.browser, r.stops, r.sent, r.stored, r.lost, r.duplicated, r.unnotified, r.noticeMissing, r.noticeRepeated, r.faults, r.requests, r.maxInFlight, r.tooClose, r.keyLeaks, r.seconds].map(String));
  console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const row of body) console.log(`| ${row.join(' | ')} |`);
}

const missing = [browsers.includes('chromium') && !existsSync(CHROME_BUILD) && CHROME_BUILD, browsers.includes('firefox') && !existsSync(FIREFOX_BUILD) && FIREFOX_BUILD].filter(Boolean);
if (missing.length > 0) {
  console.error(`chaos: build first (npx wxt build --mv3 && npx wxt build -b firefox --mv3); missing ${missing.join(', ')}`);
  process.exit(2);
}

const rows: Row[] = [];
try {
  for (const browser of browsers) rows.push(await run(browser));
} catch (error) {
  console.error('chaos: run failed:', error);
  await cleanupAll();
  process.exit(2);
}
printTable(rows);
const failed = rows.filter((r) => r.lost + r.duplicated + r.unnotified + r.noticeMissing + r.noticeRepeated + r.tooClose + r.keyLeaks > 0 || r.maxInFlight > 1);
console.log(failed.length === 0 ? '\nchaos: no SMS lost, none duplicated, each notified once, one request at a time.' : `\nchaos: FAILED in ${failed.map((r) => r.browser).join(', ')}`);
process.exit(failed.length === 0 ? 0 : 1);
