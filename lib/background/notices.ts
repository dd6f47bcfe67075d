// System notifications. Their text is plain (the notifications API renders no markup); ids are derived
// from what they announce, so showing one twice after a worker restart replaces it instead of stacking.
import type { UiLang } from '../ui-lang.ts';
import type { StoredMessage, StoredRental } from '../rentals/state.ts';

export interface Notice {
  id: string;
  title: string;
  message: string;
}

const DAY_MS = 24 * 3_600_000;
const HOUR_MS = 3_600_000;

const text = {
  en: {
    codeFrom: (service: string, code: string) => `${service}: ${code}`,
    smsFrom: (service: string) => `SMS from ${service}`,
    endsIn: (number: string, span: string) => `+${number} ends in ${span}`,
    day: '24 hours',
    hour: '1 hour',
    extendFor: (days: number, price: string) => `Extend ${days} d for ${price} in SimFill.`,
    renews: 'Auto-renew is on: the provider will renew it and charge your balance.',
    noExtend: 'It cannot be extended; the number will be lost.',
  },
  ru: {
    codeFrom: (service: string, code: string) => `${service}: ${code}`,
    smsFrom: (service: string) => `SMS от ${service}`,
    endsIn: (number: string, span: string) => `Аренда +${number} закончится через ${span}`,
    day: '24 часа',
    hour: '1 час',
    extendFor: (days: number, price: string) => `Продлить на ${days} д. за ${price} можно в SimFill.`,
    renews: 'Автопродление включено: провайдер продлит номер и спишет деньги с баланса.',
    noExtend: 'Продлить нельзя: номер будет потерян.',
  },
  uk: {
    codeFrom: (service: string, code: string) => `${service}: ${code}`,
    smsFrom: (service: string) => `SMS від ${service}`,
    endsIn: (number: string, span: string) => `Оренда +${number} закінчиться через ${span}`,
    day: '24 години',
    hour: '1 годину',
    extendFor: (days: number, price: string) => `Продовжити на ${days} дн. за ${price} можна в SimFill.`,
    renews: 'Автопродовження увімкнено: провайдер продовжить номер і спише гроші з балансу.',
    noExtend: 'Продовжити не можна: номер буде втрачено.',
  },
  kk: {
    codeFrom: (service: string, code: string) => `${service}: ${code}`,
    smsFrom: (service: string) => `${service} жіберген SMS`,
    endsIn: (number: string, span: string) => `+${number} жалдауы ${span} кейін аяқталады`,
    day: '24 сағаттан',
    hour: '1 сағаттан',
    extendFor: (days: number, price: string) => `SimFill-де ${days} күнге ${price} бағасымен ұзартуға болады.`,
    renews: 'Автоұзарту қосулы: провайдер нөмірді ұзартып, балансыңыздан ақша алады.',
    noExtend: 'Ұзарту мүмкін емес: нөмір жоғалады.',
  },
} satisfies Record<UiLang, unknown>;

export const smsNoticeId = (tzid: number, messageId: string) => `sms:${tzid}:${messageId}`;

export function smsNotice(rental: StoredRental, message: StoredMessage, lang: UiLang): Notice {
  const t = text[lang];
  const service = message.service.trim() || '?';
  const shown = message.code ?? message.candidates[0] ?? null;
  return {
    id: smsNoticeId(rental.tzid, message.id),
    title: shown ? t.codeFrom(service, shown) : t.smsFrom(service),
    message: message.text.slice(0, 300),
  };
}

/** One notice 24 h and one 1 h before a confirmed rental ends; `warned` records which were shown. */
export function expiryNotices(rental: StoredRental, now: number, lang: UiLang): { notices: Notice[]; warned: StoredRental['warned'] } {
  const left = rental.expiresAt - now;
  // An unconfirmed rental's clock is the 20-minute guard window (refunded if no SMS): nothing to warn of.
  if (!rental.confirmed || left <= 0) return { notices: [], warned: rental.warned };
  const t = text[lang];
  const option = rental.extendOptions[0];
  const advice = rental.autoRenew ? t.renews : option ? t.extendFor(option.days, option.price) : t.noExtend;
  const notices: Notice[] = [];
  const warned = { ...rental.warned };
  if (left <= HOUR_MS && !warned.hour) {
    warned.hour = true;
    warned.day = true; // the hour notice supersedes a day notice not yet shown
    notices.push({ id: `expiry:${rental.tzid}:hour`, title: t.endsIn(`${rental.country}${rental.number}`, t.hour), message: advice });
  } else if (left <= DAY_MS && !warned.day) {
    warned.day = true;
    notices.push({ id: `expiry:${rental.tzid}:day`, title: t.endsIn(`${rental.country}${rental.number}`, t.day), message: advice });
  }
  return { notices, warned };
}
