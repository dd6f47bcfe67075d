// The context menu of editable fields: "Insert the latest SMS code", and "Fill number …" once per active
// rental, so with several numbers the user picks which one goes into the field.
import { formatPhone } from '../format.ts';
import { translate, type Lang } from '../i18n.ts';
import type { StoredRental } from '../storage/rentals.ts';

export const MENU_INSERT_CODE = 'insert-latest-code';
export const NUMBER_MENU_PREFIX = 'fill-number:';

/** The part of `browser.contextMenus` used here (tests pass a fake). */
export interface Menus {
  removeAll(): Promise<void>;
  create(item: { id: string; title: string; contexts: ['editable'] }): unknown;
}

let shown = '';
let queue: Promise<void> = Promise.resolve();

/** Rebuilds the menu when the set of rented numbers changed (polls rewrite the rentals every few
 * seconds; the menu is left alone then). One rebuild at a time: two overlapping ones would create the
 * same ids twice. */
export function syncMenus(menus: Menus, active: StoredRental[], lang: Lang): Promise<void> {
  const wanted = active.map((r) => ({ id: `${NUMBER_MENU_PREFIX}${r.tzid}`, title: translate(lang, 'menuFillNumber', [formatPhone(r.country, r.number)]) }));
  queue = queue.then(async () => {
    const signature = JSON.stringify(wanted);
    if (signature === shown) return;
    await menus.removeAll();
    menus.create({ id: MENU_INSERT_CODE, title: translate(lang, 'commandInsertCode', []), contexts: ['editable'] });
    for (const item of wanted) menus.create({ ...item, contexts: ['editable'] });
    shown = signature;
  }).catch(() => undefined);
  return queue;
}
