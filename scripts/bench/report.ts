// The shape of bench/results.json and the table rows derived from it, each with its target.
import { CONTENT_SCRIPT_BUDGET_BYTES } from '../build-content-script.ts';
import type { BundleSize } from './bundle-size.ts';
import type { PopupOpens } from './popup.ts';
import type { LargePageScan, MutationCost, OwnTime } from './content-cost.ts';
import type { Machine } from './machine.ts';
import type { ScalePoint } from './scale.ts';
import type { IdleRate, WaitingDiscipline } from './requests.ts';
import { distribution, median, round, type Distribution } from './stats.ts';
import type { Row } from './table.ts';

export interface BenchResults {
  date: string;
  command: string;
  durationS: number;
  machine: Machine;
  latency: {
    fast: {
      trials: number;
      missed: number;
      misses: { trial: number; stored: boolean; filledInto: string | null; pageValue: string }[];
      ms: Distribution;
      samplesMs: number[];
      pollIntervalMs: number;
      measuredPollGapMs: number;
      waitMs: Distribution;
      overheadMs: Distribution;
      floorP95Ms: number;
    };
    alarm: { sms: number; spreadMs: number; missed: number; ms: Distribution; samplesMs: number[]; alarmPeriodMs: number };
  };
  requests: { noRental: IdleRate; withRentalNobodyWaiting: IdleRate; waiting: WaitingDiscipline };
  contentScript: { bundle: BundleSize; mutationCost: MutationCost; mutationCostNoInputs: MutationCost; ownTime: OwnTime; largePage: LargePageScan & { ms: Distribution } };
  popup: PopupOpens & { frame: Distribution; inDom: Distribution };
  extraction: { messages: number; medianMs: number; p99Ms: number; hugeInput100KbMs: number };
  scale: ScalePoint[];
  windows: { aMs: number; bMs: number; cMs: number; dMs: number; eMs: number };
}

/** The targets of issue 17: code in the page within 1.3 s at p95 in fast mode; the popup's number
 * within 100 ms at 10 × 100 and 150 ms at 100 × 200; one poll's processing within 50 ms at 100 × 200. */
const FAST_P95_TARGET_MS = 1300;
const POPUP_P95_TARGET_MS = 100;
const SCALE_POPUP_P95_TARGET_MS = 150;
const SCALE_POLL_P95_TARGET_MS = 50;
const TARGET_SIZE = 100;

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function buildRows(r: BenchResults): Row[] {
  const fast = r.latency.fast;
  const alarm = r.latency.alarm;
  const idle = r.requests.noRental;
  const rent = r.requests.withRentalNobodyWaiting;
  const wait = r.requests.waiting;
  const cost = r.contentScript.mutationCost;
  const own = r.contentScript.ownTime;
  const ownMedian = [...own.runs].sort((a, b) => a.ratio - b.ratio)[Math.floor(own.runs.length / 2)]!;
  const rentPerHour = rent.perHourByInterval ?? rent.perHourByCount;
  return [
    {
      metric: `Code → field, fast mode (n=${fast.ms.n}${fast.missed ? `, ${fast.missed} missed` : ''})`,
      result: `p50 ${s(fast.ms.p50)}, p95 ${s(fast.ms.p95)}, max ${s(fast.ms.max)}`,
      target: 'p95 ≤ 1.3 s',
      met: fast.missed === 0 && fast.ms.p95 <= FAST_P95_TARGET_MS,
    },
    {
      metric: 'Fast mode: poll wait + SimFill overhead',
      result: `wait p50 ${s(fast.waitMs.p50)}, p95 ${s(fast.waitMs.p95)} (gap ${s(fast.measuredPollGapMs)}); overhead p50 ${fast.overheadMs.p50} ms, p95 ${fast.overheadMs.p95} ms; floor p95 ${s(fast.floorP95Ms)}`,
      target: 'p95 within 0.5 s of floor',
      met: fast.ms.p95 - fast.floorP95Ms <= 500,
    },
    {
      metric: `SMS → storage, alarm only (n=${alarm.ms.n}${alarm.missed ? `, ${alarm.missed} missed` : ''})`,
      result: `p50 ${s(alarm.ms.p50)}, p95 ${s(alarm.ms.p95)}, max ${s(alarm.ms.max)}`,
      target: `≤ one ${alarm.alarmPeriodMs / 1000} s period + round trip`,
      met: alarm.missed === 0 && alarm.ms.max <= alarm.alarmPeriodMs + 2000,
    },
    {
      metric: `Requests/h, key set, no rental (${s(idle.observedMs)})`,
      result: `${idle.perHourByCount} (${idle.requests} requests)`,
      target: '0',
      met: idle.requests === 0,
    },
    {
      metric: `Requests/h, rental, nobody waiting (${s(rent.observedMs)})`,
      // By interval: a window cuts a 30 s period at an arbitrary phase, so the raw count is ±1 request.
      result: `${rentPerHour} by interval (median gap ${rent.medianGapMs === null ? '—' : s(rent.medianGapMs)}); ${rent.requests} requests = ${rent.perHourByCount}/h by count`,
      target: '≤ 120',
      met: rentPerHour <= 120,
    },
    {
      metric: `While waiting: max starts in any 1 s (${wait.requests} requests)`,
      result: `${wait.maxStartsIn1s} (min gap ${wait.minGapMs ?? '—'} ms${wait.closestPair ? `: ${wait.closestPair.paths.map((p) => p.replace(/^.*\//, '')).join(' → ')}` : ''}; ${wait.perHour}/h)`,
      target: '≤ 1',
      met: wait.maxStartsIn1s <= 1,
    },
    { metric: 'While waiting: max requests in flight', result: String(wait.maxInFlight), target: '1', met: wait.maxInFlight <= 1 },
    {
      metric: 'Content script size',
      result: `${kb(r.contentScript.bundle.minifiedBytes)} minified, ${kb(r.contentScript.bundle.gzippedBytes)} gzipped`,
      target: `≤ ${CONTENT_SCRIPT_BUDGET_BYTES.toLocaleString('en')} bytes minified`,
      met: r.contentScript.bundle.minifiedBytes <= CONTENT_SCRIPT_BUDGET_BYTES,
    },
    {
      metric: `Main thread, ${Math.round(cost.mutationsPerSecond)} mutations/s: content script's share (profiler, n=${own.runs.length})`,
      result: `×${own.medianRatio.toFixed(3)} (median; ${ownMedian.contentScriptMs} ms of ${ownMedian.taskMs} ms task time)`,
      target: '≤ ×1.02',
      met: own.medianRatio <= 1.02,
    },
    {
      metric: `  A/B: with ÷ without SimFill, two browsers (${cost.pairs.length} pairs)`,
      result: `TaskDuration ×${cost.medianTaskRatio.toFixed(3)}, ScriptDuration ×${cost.medianScriptRatio.toFixed(3)} (pairs ${abRange(cost)})`,
      target: '— (noise > cost)',
      met: null,
    },
    {
      metric: `  A/B: same churn, no inputs added (observer only, ${r.contentScript.mutationCostNoInputs.pairs.length} pairs)`,
      result: `TaskDuration ×${r.contentScript.mutationCostNoInputs.medianTaskRatio.toFixed(3)}, ScriptDuration ×${r.contentScript.mutationCostNoInputs.medianScriptRatio.toFixed(3)} (pairs ${abRange(r.contentScript.mutationCostNoInputs)})`,
      target: '— (noise > cost)',
      met: null,
    },
    {
      metric: `Large page (${r.contentScript.largePage.elements} elements, ${r.contentScript.largePage.inputs} inputs): DCL → field known`,
      result: `p50 ${r.contentScript.largePage.ms.p50} ms, max ${r.contentScript.largePage.ms.max} ms (n=${r.contentScript.largePage.ms.n})`,
      target: '—',
      met: null,
    },
    {
      metric: `Popup open → number shown (${r.popup.rentals}×${r.popup.messagesPerRental}, n=${r.popup.frame.n})`,
      result: `p50 ${r.popup.frame.p50} ms, p95 ${r.popup.frame.p95} ms (cold ${r.popup.coldFrameMs}; DCL ${median(r.popup.dclMs)}, storage read ${median(r.popup.storageReadMs)})`,
      target: `p95 ≤ ${POPUP_P95_TARGET_MS} ms`,
      met: r.popup.frame.p95 <= POPUP_P95_TARGET_MS,
    },
    {
      metric: `  the browser alone: an extension document with no script, opened before each (n=${r.popup.frame.n})`,
      result: `${baselineText(r.popup.baselineFrameMs, r.popup.frameMs)}`,
      target: '— (not SimFill’s)',
      met: null,
    },
    {
      metric: `Extraction per message (${r.extraction.messages} dev messages)`,
      result: `median ${r.extraction.medianMs} ms, p99 ${r.extraction.p99Ms} ms; 100 KB input ${r.extraction.hugeInput100KbMs} ms`,
      target: '—',
      met: null,
    },
  ];
}

/** The no-script document's open beside the popup's: SimFill's share is what the popup adds to it. */
function baselineText(baseline: readonly number[], popup: readonly number[]): string {
  const b = distribution(baseline, 1);
  const p = distribution(popup, 1);
  return `p50 ${b.p50} ms, p95 ${b.p95} ms; the popup adds p50 ${round(p.p50 - b.p50, 1)} ms, p95 ${round(p.p95 - b.p95, 1)} ms`;
}

/** The spread of the pairs' task ratios, which shows why the A/B rows are not judged. */
function abRange(cost: MutationCost): string {
  const ratios = cost.pairs.map((p) => p.taskRatio);
  return `×${Math.min(...ratios).toFixed(2)}–×${Math.max(...ratios).toFixed(2)}`;
}

/** One row per size of the scale curve; the targets apply at 100 rentals. Stored bytes per message shows
 * whether storage grows linearly. */
export function buildScaleRows(points: readonly ScalePoint[]): Row[] {
  return points.flatMap((p): Row[] => {
    const size = `${p.rentals}×${p.messagesPerRental}`;
    const atTarget = p.rentals === TARGET_SIZE;
    const rentalsBytes = p.storedBytes.items['rentals'] ?? 0;
    return [
      {
        metric: `${size}: popup open → number shown (n=${p.popupFrameMs.n})`,
        result: `p50 ${p.popupFrameMs.p50} ms, p95 ${p.popupFrameMs.p95} ms (cold ${p.popupColdFrameMs}; full read p50 ${p.fullReadMs.p50} ms; browser alone p50 ${p.baselineFrameMs.p50} ms, p95 ${p.baselineFrameMs.p95} ms)`,
        target: atTarget ? `p95 ≤ ${SCALE_POPUP_P95_TARGET_MS} ms` : '—',
        met: atTarget ? p.popupFrameMs.p95 <= SCALE_POPUP_P95_TARGET_MS : null,
      },
      {
        metric: `${size}: one poll's processing, as the fast loop polls (n=${p.pollProcessingMs.n})`,
        result: `p50 ${p.pollProcessingMs.p50} ms, p95 ${p.pollProcessingMs.p95} ms (answer ${kb(p.answerBytes)})`,
        target: atTarget ? `p95 ≤ ${SCALE_POLL_P95_TARGET_MS} ms` : '—',
        met: atTarget ? p.pollProcessingMs.p95 <= SCALE_POLL_P95_TARGET_MS : null,
      },
      {
        metric: `${size}: one poll's processing, answer new text (n=${p.pollNewTextMs.n})`,
        result: `p50 ${p.pollNewTextMs.p50} ms, p95 ${p.pollNewTextMs.p95} ms`,
        target: atTarget ? `p95 ≤ ${SCALE_POLL_P95_TARGET_MS} ms` : '—',
        met: atTarget ? p.pollNewTextMs.p95 <= SCALE_POLL_P95_TARGET_MS : null,
      },
      {
        metric: `${size}: one poll's processing, bringing an SMS (n=${p.pollWithSmsMs.n})`,
        result: `p50 ${p.pollWithSmsMs.p50} ms, p95 ${p.pollWithSmsMs.p95} ms`,
        target: atTarget ? `p95 ≤ ${SCALE_POLL_P95_TARGET_MS} ms` : '—',
        met: atTarget ? p.pollWithSmsMs.p95 <= SCALE_POLL_P95_TARGET_MS : null,
      },
      {
        metric: `${size}: stored`,
        result: `${Object.entries(p.storedBytes.items).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}; ${Math.round(rentalsBytes / (p.rentals * p.messagesPerRental))} B/message; origin ${kb(p.storedBytes.originUsage)}`,
        target: '—',
        met: null,
      },
      {
        metric: `${size}: content script per page load (n=${p.contentScriptMs.n})`,
        result: `p50 ${p.contentScriptMs.p50} ms, max ${p.contentScriptMs.max} ms`,
        target: '—',
        met: null,
      },
    ];
  });
}
