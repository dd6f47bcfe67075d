// Shared by every library page: the test reads `window.__otpState()`, and `value` must be what the
// LIBRARY holds (its onChange / v-model / form control), never the DOM's boxes: a fill that only paints
// the boxes while the widget's state stays empty would submit nothing on a real site.
let read: () => string = () => '';

export function reportLibraryValue(reader: () => string): void {
  read = reader;
}

(window as unknown as { __otpState(): { value: string } }).__otpState = () => ({ value: read() });
