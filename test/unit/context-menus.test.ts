// The context menu of editable fields: one "Fill number …" entry per rented number, rebuilt only when
// the set of numbers changes (polls rewrite the rentals every few seconds).
import { describe, expect, it, vi } from 'vitest';
import { MENU_INSERT_CODE, NUMBER_MENU_PREFIX, syncMenus, type Menus } from '../../lib/background/context-menus.ts';
import { storedRental } from './support/rentals.ts';

function fakeMenus() {
  const items: { id: string; title: string }[] = [];
  const menus: Menus & { items: typeof items } = {
    items,
    removeAll: vi.fn(async () => void items.splice(0)),
    create: vi.fn((item: { id: string; title: string }) => void items.push({ id: item.id, title: item.title })),
  };
  return menus;
}

describe('syncMenus', () => {
  it('offers the code entry and one entry per rented number, and rebuilds only when the numbers change', async () => {
    const menus = fakeMenus();
    const ru = storedRental({ tzid: 1, country: 7, number: '9313358547' });
    const kz = storedRental({ tzid: 2, country: 77, number: '7071234567' });
    await syncMenus(menus, [ru, kz], 'en');
    expect(menus.items).toEqual([
      { id: MENU_INSERT_CODE, title: 'Fill the latest SMS code into the focused field' },
      { id: `${NUMBER_MENU_PREFIX}1`, title: 'Fill number +7 931 335-85-47' },
      { id: `${NUMBER_MENU_PREFIX}2`, title: 'Fill number +7 707 123-45-67' },
    ]);
    await syncMenus(menus, [ru, kz], 'en'); // a poll that changed nothing the menu shows
    expect(menus.removeAll).toHaveBeenCalledTimes(1);
    await syncMenus(menus, [kz], 'ru');
    expect(menus.items.map((i) => i.title)).toEqual(['Ввести последний код из SMS в активное поле', 'Ввести номер +7 707 123-45-67']);
  });
});
