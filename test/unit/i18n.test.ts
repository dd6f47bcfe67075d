import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render, t, TABLES, toLang, translate, type Lang } from '../../lib/i18n.ts';

const LANGS: Lang[] = ['en', 'ru', 'uk', 'kk'];

describe('locale files', () => {
  const enKeys = Object.keys(TABLES.en).sort();

  it.each(LANGS)('%s has exactly the English keys, none empty', (lang) => {
    expect(Object.keys(TABLES[lang]).sort()).toEqual(enKeys);
    for (const key of enKeys) expect(TABLES[lang][key]?.message.trim()).not.toBe('');
  });

  it.each(LANGS)('%s uses the same substitutions as English in every message', (lang) => {
    for (const key of enKeys) {
      const placeholders = (l: Lang) => Object.keys(TABLES[l][key]?.placeholders ?? {}).sort();
      expect([key, placeholders(lang)]).toEqual([key, placeholders('en')]);
    }
  });

  it('keeps the keys the manifest and the content script read through the browser', () => {
    for (const key of ['extName', 'extDescription', 'commandInsertCode', 'codeFilledNotice']) expect(enKeys).toContain(key);
  });

  it('translates the settings labels the e2e tests look for', () => {
    expect(translate('en', 'apiKeyLabel', [])).toBe('API key');
    expect(translate('en', 'apiAddressLabel', [])).toBe('API address');
    expect(translate('en', 'save', [])).toBe('Save');
  });
});

describe('render', () => {
  it('fills named placeholders and positional substitutions, and unescapes $$', () => {
    const entry = { message: 'Pay $AMOUNT$ ($$) by $1', placeholders: { amount: { content: '$2' } } };
    expect(render(entry, ['Friday', '30'])).toBe('Pay 30 ($) by Friday');
  });
});

describe('toLang', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['uk', 'uk'],
    ['kk_KZ', 'kk'],
    ['en-GB', 'en'],
    ['de', 'en'],
  ])('%s → %s', (tag, lang) => expect(toLang(tag)).toBe(lang));
});

describe('t', () => {
  it('uses the in-app Kazakh table when the browser answers in English (it has no kk locale)', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('kk');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) =>
      translate('en', key as 'balanceLabel', ([] as (string | number)[]).concat(subs ?? []).map(String)),
    );
    expect(t('balanceLabel', '5')).toBe('Баланс: 5');
    expect(t('save')).toBe('Сақтау');
  });

  it('uses the browser answer when it is in the UI language', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ru');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('от браузера');
    expect(t('save')).toBe('от браузера');
  });

  it('falls back to the table when the browser has no answer', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('uk');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('save')).toBe('Зберегти');
  });
});
