// What each widget page reports as its own state (test/e2e/support/phone-pages.ts reads it).
export interface PhoneState {
  e164: string | null;
  country: string | null;
  value: string;
}

export function expose(read: () => PhoneState): void {
  (window as unknown as { __phoneState: () => PhoneState }).__phoneState = read;
}

export const field = (id: string) => document.getElementById(id) as HTMLInputElement;
