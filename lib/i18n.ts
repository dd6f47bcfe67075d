// UI strings. The browser's i18n API is the source, but a browser only serves the _locales folders it
// recognises: Chrome has no Kazakh UI locale and silently answers in the default (English) instead.
// The same messages.json files are bundled as an in-app table, used when the browser's answer is
// missing or is the English text while the UI language is another one.
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import kk from '../public/_locales/kk/messages.json';
import ru from '../public/_locales/ru/messages.json';
import uk from '../public/_locales/uk/messages.json';

export type Lang = 'en' | 'ru' | 'uk' | 'kk';
export type MessageKey = keyof typeof en;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Table = Partial<Record<string, Entry>>;

export const TABLES: Record<Lang, Table> = { en, ru, uk, kk };

/** A BCP 47 tag ("ru-RU", "kk", "en_GB") reduced to a language SimFill speaks; English otherwise. */
export function toLang(tag: string): Lang {
  const base = tag.toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'uk' || base === 'kk' ? base : 'en';
}

export function uiLanguage(): Lang {
  try {
    return toLang(browser.i18n.getUILanguage());
  } catch {
    // Outside an extension page (tests, a page opened directly) there is no i18n API.
    return toLang(globalThis.navigator?.language ?? 'en');
  }
}

/** messages.json semantics: named placeholders ($NAME$ → their content, usually "$1"), then positional
 * substitutions $1..$9, then "$$" → "$". */
export function render(entry: Entry, subs: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}

export function translate(lang: Lang, key: MessageKey, subs: readonly string[]): string {
  // A lang from outside the type (a stored or hand-made value) reads as English, never as a crash.
  const entry = (TABLES as Partial<Record<string, Table>>)[lang]?.[key] ?? TABLES.en[key];
  return entry ? render(entry, subs) : key;
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const lang = uiLanguage();
  const own = translate(lang, key, strings);
  let fromBrowser = '';
  try {
    fromBrowser = browser.i18n.getMessage(key, strings);
  } catch {
    return own;
  }
  if (!fromBrowser) return own;
  // The browser lacks this locale and fell back to English: use our own table for it.
  if (lang !== 'en' && fromBrowser === translate('en', key, strings)) return own;
  return fromBrowser;
}

/** A translator fixed to one language, for words the background shows itself (notifications, the badge,
 * menus) or sends to be shown as they are (the on-page notice). */
export function sayIn(lang: Lang): (key: MessageKey, ...subs: string[]) => string {
  return (key, ...subs) => translate(lang, key, subs);
}
