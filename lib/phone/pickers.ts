// The country picker beside a phone field, set to the rental's country before the number is typed. Two
// kinds: a native <select> (plain forms, and react-phone-number-input, which lays one transparent over
// its flag), and the dropdowns of phone-input libraries, driven by clicks as a user would, since their
// JavaScript lives in the page's world and is out of a content script's reach.
import { flatParent, viewOf } from '../otp/field-dom.ts';
import { nextTask } from './typing.ts';
import type { PhoneForms } from './number-forms.ts';

export interface Picker {
  /** Selects the rental's country; resolves once the page has had time to react. */
  choose(forms: PhoneForms): Promise<void>;
  /** Whether the page now shows the rental's country. */
  holds(forms: PhoneForms): boolean;
}

/** How far up from the field a picker is looked for: a row, a wrapper, a form group. */
const LEVELS_UP = 3;

export function findPicker(field: HTMLInputElement): Picker | null {
  for (const widget of WIDGETS) {
    const root = field.closest(widget.root);
    if (root) return widgetPicker(root, widget);
  }
  const select = nearbyCountrySelect(field);
  return select ? selectPicker(select) : null;
}

// ---------------------------------------------------------------- native <select>

const DIAL_IN_TEXT = /\+\s?\d{1,4}(?!\d)/;

function looksLikeCountries(select: HTMLSelectElement): boolean {
  const options = Array.from(select.options);
  const countryLike = options.filter((o) => DIAL_IN_TEXT.test(o.text) || /^[A-Z]{2}$/i.test(o.value) || /^\+?\d{1,4}$/.test(o.value));
  return countryLike.length >= 2 && countryLike.length >= options.length / 2;
}

function nearbyCountrySelect(field: HTMLInputElement): HTMLSelectElement | null {
  let node: Element | null = flatParent(field);
  for (let level = 0; node && level < LEVELS_UP && !/^(BODY|HTML)$/.test(node.tagName); level++) {
    const select = Array.from(node.querySelectorAll('select')).find(looksLikeCountries);
    if (select) return select;
    node = flatParent(node);
  }
  return null;
}

/** How well an option names the rental's country: its region code beats its dialling code alone, which
 * +7 shares between Russia and Kazakhstan. 0 = not this country. */
function optionScore(option: HTMLOptionElement, forms: PhoneForms): number {
  const value = option.value.trim();
  const region = forms.region?.toLowerCase();
  const dialInText = new RegExp(`\\+\\s?${forms.dial}(?!\\d)`).test(option.text) || new RegExp(`^\\+?${forms.dial}$`).test(value);
  const regionInValue = region !== undefined && value.toLowerCase().split(/[^a-z]+/).includes(region);
  if (regionInValue && (dialInText || !DIAL_IN_TEXT.test(option.text))) return 3;
  if (/^\+?\d+$/.test(value) && value.replace('+', '') === forms.dial) return 2;
  return dialInText && !regionInValue && !/^[a-z]{2}$/i.test(value) ? 1 : 0;
}

function bestOption(select: HTMLSelectElement, forms: PhoneForms): HTMLOptionElement | null {
  let best: HTMLOptionElement | null = null;
  let bestScore = 0;
  for (const option of select.options) {
    const score = optionScore(option, forms);
    if (score > bestScore && !option.disabled) [best, bestScore] = [option, score];
  }
  return best;
}

function selectPicker(select: HTMLSelectElement): Picker {
  return {
    async choose(forms) {
      const option = bestOption(select, forms);
      const view = viewOf(select);
      if (!option || !view || select.value === option.value) return;
      // The page's own setter, as for inputs (lib/otp/field-events.ts): frameworks watch it.
      Object.getOwnPropertyDescriptor(view.HTMLSelectElement.prototype, 'value')?.set?.call(select, option.value);
      select.dispatchEvent(new view.Event('input', { bubbles: true }));
      select.dispatchEvent(new view.Event('change', { bubbles: true }));
      await nextTask();
    },
    holds(forms) {
      const chosen = select.selectedOptions[0];
      return chosen !== undefined && optionScore(chosen, forms) > 0 && optionScore(chosen, forms) >= optionScore(bestOption(select, forms) ?? chosen, forms);
    },
  };
}

// ---------------------------------------------------------------- library dropdowns

interface Widget {
  /** The library's wrapper around the field. */
  root: string;
  /** What a user clicks to open the list. */
  toggle: string;
  /** The list item for a region (lower-case ISO) or, when the region is unknown, a dialling code. */
  item(region: string | null, dial: string): string | null;
  /** Something present only while that region is the selected one. */
  selected(region: string | null, dial: string): string | null;
}

const WIDGETS: readonly Widget[] = [
  {
    // intl-tel-input: list items carry data-country-code (up to v23) or data-iso2 (v24 on), and data-dial-code.
    root: '.iti',
    toggle: '.iti__selected-country, .iti__selected-flag',
    item: (region, dial) =>
      region ? `.iti__country[data-country-code="${region}"], .iti__country[data-iso2="${region}"]` : `.iti__country[data-dial-code="${dial}"]`,
    selected: (region) => (region ? `.iti__selected-country .iti__${region}, .iti__selected-flag .iti__${region}` : null),
  },
  {
    // react-phone-input-2
    root: '.react-tel-input',
    toggle: '.selected-flag',
    item: (region, dial) => (region ? `li.country[data-country-code="${region}"]` : `li.country[data-dial-code="${dial}"]`),
    selected: (region) => (region ? `.selected-flag .flag.${region}` : null),
  },
  {
    // vue-tel-input: items hold a flag whose class is the region.
    root: '.vue-tel-input',
    toggle: '.vti__dropdown',
    item: (region) => (region ? `.vti__dropdown-item .vti__flag.${region}` : null),
    selected: (region) => (region ? `.vti__selection .vti__flag.${region}` : null),
  },
];

/** How many turns of the page's event loop a list gets to render after it is opened. */
const OPEN_WAIT_TASKS = 20;

function click(el: Element): void {
  const view = viewOf(el);
  if (!view) return;
  for (const type of ['mousedown', 'mouseup', 'click'] as const) {
    el.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view }));
  }
}

/** The region as a CSS-safe lower-case code (it goes into selectors), or null. */
const regionKey = (forms: PhoneForms) => (forms.region && /^[A-Z]{2}$/.test(forms.region) ? forms.region.toLowerCase() : null);

function widgetPicker(root: Element, widget: Widget): Picker {
  // Some libraries render the list into <body> while it is open (intl-tel-input's dropdownContainer).
  const find = (selector: string | null) => (selector ? (root.querySelector(selector) ?? root.ownerDocument.querySelector(selector)) : null);
  return {
    async choose(forms) {
      const region = regionKey(forms);
      if (this.holds(forms)) return;
      // Opened first even when the items are already in the DOM: some libraries listen to the list only
      // while it is open (intl-tel-input binds its item clicks on opening).
      const toggle = root.querySelector(widget.toggle);
      if (toggle) click(toggle);
      let item: Element | null = null;
      for (let wait = 0; wait < OPEN_WAIT_TASKS && !item; wait++) {
        await nextTask();
        item = find(widget.item(region, forms.dial));
      }
      const entry = item?.closest('li') ?? item;
      if (entry) click(entry);
      await nextTask();
    },
    holds(forms) {
      const selector = widget.selected(regionKey(forms), forms.dial);
      return selector !== null && root.querySelector(selector) !== null;
    },
  };
}
