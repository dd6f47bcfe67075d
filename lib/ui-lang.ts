import type { Lang } from './i18n.ts';

/** The provider translates country names into en|ru|de|fr|zh only; our Cyrillic readers get Russian. */
export function providerLang(lang: Lang): 'en' | 'ru' {
  return lang === 'en' ? 'en' : 'ru';
}
