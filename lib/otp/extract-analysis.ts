// What the extractor knows about one message before it decides: shared by the hand rules
// (extract.ts) and the learned ranker (ranker.ts), which read the same facts.
import type { Candidate } from './extract-candidates.ts';
import type { KeywordHit } from './extract-keywords.ts';

/** How strongly the keywords around a candidate label it (extract.ts, bind). */
export interface Binding {
  before: number;
  after: number;
  /** A keyword right before with only separators between ("code: X", "验证码X"). */
  tightBefore: number;
  /** Same, and the separator is a colon or a line break: the strongest label for letter codes. */
  labelled: boolean;
  /** A keyword right after in the same clause ("12345X 是您的代码", "use X as your code"). */
  tightAfter: number;
}

/** Why a whole message holds no code to type (step 7 of docs/code-extraction.md). Any one of them
 * vetoes the hand rules' decision; the learned ranker reads each as a feature. */
export interface Gates {
  partial: boolean;
  notWeb: boolean;
  callCentre: boolean;
  /** A card's expiry date beside a "kod"/CVV, or (since the tenth round) a card's PIN. */
  cardDetails: boolean;
  prize: boolean;
  readOut: boolean;
  balance: boolean;
  promotion: boolean;
  /** The message speaks like an OTP message ("never share", "enter", "password"): a cue. */
  otpSpeech: boolean;
}

/** A candidate with everything the hand rules know about it: its binding to the keywords, its score
 * and the layout cues. The learned ranker (ranker.ts) reads the same facts as features. */
export interface ScoredCandidate extends Candidate {
  binding: Binding;
  score: number;
  eligible: boolean;
  /** The message is nothing but this code. */
  whole: boolean;
  sendBack: boolean;
  alone: boolean;
  opensSentence: boolean;
}

/** One message as the extractor sees it, before it decides. */
export interface Analysis {
  body: string;
  origin: string | null;
  originCode: string | null;
  embeddedOrigin: string | null;
  retriever: boolean;
  /** The message's only plausible number, in a message that speaks of a code (isSoleNumber). */
  sole: boolean;
  keywords: KeywordHit[];
  /** Digit candidates: what stands between a label and its code. */
  numbers: Candidate[];
  candidates: ScoredCandidate[];
  gates: Gates;
}

export function isGated(g: Gates): boolean {
  return g.partial || g.notWeb || g.callCentre || g.cardDetails || g.prize || g.readOut
    || g.balance || g.promotion;
}
