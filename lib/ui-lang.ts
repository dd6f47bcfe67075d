/** The languages SimFill speaks; everything else falls back to English. */
export type UiLang = 'en' | 'ru' | 'uk' | 'kk';

export function toUiLang(browserLanguage: string): UiLang {
  const base = browserLanguage.toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'uk' || base === 'kk' ? base : 'en';
}

/** The provider translates country names into en|ru|de|fr|zh only; our Cyrillic readers get Russian. */
export function providerLang(lang: UiLang): 'en' | 'ru' {
  return lang === 'en' ? 'en' : 'ru';
}
