// User settings that are not secret. The API key is not here: storage.local is readable by content
// scripts in both browsers (only storage.session can be restricted), so the key lives in the extension
// origin's IndexedDB instead (lib/api-key.ts).
import { storage } from 'wxt/utils/storage';

export type FillMode = 'auto' | 'ask' | 'off';

export interface Settings {
  apiAddress: string;
  /** A key was saved and validated; the UI never reads the key itself. */
  hasKey: boolean;
  fillMode: FillMode;
  /** Hosts where SimFill never fills by itself. */
  disabledSites: string[];
}

export const DEFAULT_API_ADDRESS = 'https://onlinesim.io/api/';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { apiAddress: DEFAULT_API_ADDRESS, hasKey: false, fillMode: 'auto', disabledSites: [] },
  version: 1,
});
