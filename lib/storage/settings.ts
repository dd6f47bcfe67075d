// User settings. They hold the API address the key is sent to, so they live in the private store
// (store.ts), out of reach of content scripts; the key itself is kept apart (api-key.ts) so
// that reading settings in a page never yields it.
import { privateItem } from './store.ts';
import { DEFAULT_KEEP_DAYS } from '../rentals/retention.ts';
import { DEFAULT_API_ADDRESS } from '../onlinesim/address.ts';

export type FillMode = 'auto' | 'ask' | 'off';

export interface Settings {
  apiAddress: string;
  /** The host of `apiAddress` the user confirmed on the settings page ("your API key will be sent to
   * HOST"); null for OnlineSim's own address, which needs none. Written only with `apiAddress`, by the
   * background, so a new address never inherits the old one's confirmation. */
  confirmedHost: string | null;
  /** A key was saved and validated; the UI never reads the key itself. */
  hasKey: boolean;
  fillMode: FillMode;
  /** Hosts where SimFill never fills by itself. */
  disabledSites: string[];
  /** Put the code in the system notification (shown on the lock screen on some systems). */
  showCodesInNotifications: boolean;
  /** Days the messages of an ended rental are kept (lib/rentals/retention.ts). */
  keepEndedMessagesDays: number;
}

export const settingsItem = privateItem<Settings>('settings', {
  apiAddress: DEFAULT_API_ADDRESS,
  confirmedHost: null,
  hasKey: false,
  fillMode: 'auto',
  disabledSites: [],
  showCodesInNotifications: true,
  keepEndedMessagesDays: DEFAULT_KEEP_DAYS,
});
