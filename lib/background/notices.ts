// System notifications. Their text is plain (the notifications API renders no markup); ids are derived
// from what they announce, so showing one twice after a worker restart replaces it instead of stacking.
// An SMS notice's title is always SimFill's own words naming the rented number ("SMS to +7 …"); the
// sender's name and text appear only quoted in the body, so a sender calling itself "SimFill" or
// "OnlineSim" cannot pass for one of SimFill's own notices. Direction controls are removed from all of it.
// The background shows notifications itself, so they are worded here, in its language: text is made
// where it is shown.
import { displayText } from '../display-text.ts';
import { formatDays, formatPhone } from '../format.ts';
import { translate, type Lang } from '../i18n.ts';
import type { StoredMessage, StoredRental } from '../storage/rentals.ts';
import { formatMoney } from '../money.ts';

export interface Notice {
  id: string;
  title: string;
  message: string;
}

const DAY_MS = 24 * 3_600_000;
const HOUR_MS = 3_600_000;

export const smsNoticeId = (tzid: number, messageId: string) => `sms:${tzid}:${messageId}`;

const MAX_SERVICE = 60;
const MAX_TEXT = 300;

/** `showCode` false (the "Show codes in notifications" setting): neither the code nor the text, which
 * holds it, is shown, since notifications can appear on the lock screen. */
export function smsNotice(rental: StoredRental, message: StoredMessage, lang: Lang, showCode: boolean): Notice {
  const service = displayText(message.service).trim().slice(0, MAX_SERVICE) || translate(lang, 'unknownService', []);
  const number = formatPhone(rental.country, rental.number);
  const shown = message.code ?? message.candidates[0] ?? null;
  const id = smsNoticeId(rental.tzid, message.id);
  if (!showCode) return { id, title: translate(lang, 'noticeSmsTitle', [number]), message: translate(lang, 'noticeSmsHidden', [service]) };
  return {
    id,
    title: shown ? translate(lang, 'noticeCodeTitle', [displayText(shown), number]) : translate(lang, 'noticeSmsTitle', [number]),
    message: translate(lang, 'noticeSmsFrom', [service, displayText(message.text).slice(0, MAX_TEXT)]),
  };
}

/** One notice 24 h and one 1 h before a confirmed rental ends; `warned` records which were shown.
 * `usedOn`: the sites the number was used on (the ledger); a number that will not renew itself names
 * them, since those accounts lose their codes with it. */
export function expiryNotices(rental: StoredRental, now: number, lang: Lang, usedOn: string[] = []): { notices: Notice[]; warned: StoredRental['warned'] } {
  const due = dueExpiry(rental, now);
  if (!due) return { notices: [], warned: rental.warned };
  const number = formatPhone(rental.country, rental.number);
  const option = rental.extendOptions[0];
  const advice = rental.autoRenew
    ? translate(lang, 'noticeRenews', [])
    : option
      ? translate(lang, 'noticeExtendFor', [formatDays(option.days, lang), formatMoney(option.price, lang)])
      : translate(lang, 'noticeNoExtend', []);
  const message = !rental.autoRenew && usedOn.length > 0 ? `${advice} ${translate(lang, 'expiryUsedWarning', [usedOn.join(', ')])}` : advice;
  if (due === 'hour') {
    return { notices: [{ id: `expiry:${rental.tzid}:hour`, title: translate(lang, 'noticeEndsHour', [number]), message }], warned: { day: true, hour: true } };
  }
  return { notices: [{ id: `expiry:${rental.tzid}:day`, title: translate(lang, 'noticeEndsDay', [number]), message }], warned: { ...rental.warned, day: true } };
}

/** Whether an expiry notice is due for `rental`: checked on every poll for every rental, so without
 * wording any notice (and without the ledger the wording reads). */
export const expiryDue = (rental: StoredRental, now: number): boolean => dueExpiry(rental, now) !== null;

function dueExpiry(rental: StoredRental, now: number): 'hour' | 'day' | null {
  const left = rental.expiresAt - now;
  // An unconfirmed rental's clock is the 20-minute guard window (refunded if no SMS): nothing to warn of.
  if (!rental.confirmed || left <= 0) return null;
  // The hour notice supersedes a day notice not shown yet.
  if (left <= HOUR_MS && !rental.warned.hour) return 'hour';
  if (left <= DAY_MS && !rental.warned.day) return 'day';
  return null;
}
