// One poll's processing time in the background, from the provider's answer in hand to the new state
// stored: parsing the body, reconciling it, writing it. Network time is left out on purpose: it is the
// provider's, not SimFill's. The figures live in the worker's own performance timeline (nothing is
// stored or sent); the bench reads them there (scripts/bench/scale.ts).
export const ANSWER_MARK = 'simfill:rent-state-answer';
export const POLL_PROCESSING = 'simfill:poll-processing';
/** The timeline is not a log: older measures are dropped past this many. */
const KEEP = 100;

/** Called by the client the moment a rent-state body has arrived, before it is parsed. */
export function markAnswer(): void {
  performance.mark(ANSWER_MARK);
}

/** Called once the poll's state is stored. Does nothing when no answer was marked (a test's fake client). */
export function measurePollProcessing(): void {
  if (performance.getEntriesByName(ANSWER_MARK, 'mark').length === 0) return;
  if (performance.getEntriesByName(POLL_PROCESSING, 'measure').length >= KEEP) performance.clearMeasures(POLL_PROCESSING);
  performance.measure(POLL_PROCESSING, ANSWER_MARK);
  performance.clearMarks(ANSWER_MARK);
}
