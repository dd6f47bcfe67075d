// Text from outside SimFill (SMS text, service names, codes, provider error codes, host names) before it
// is shown anywhere. Bidirectional controls let a sender reorder what the reader sees: "‮1234" with a
// right-to-left override shows its digits reversed, and an override can make "evil.example" look like
// another host (the "Trojan Source" class of spoofing, CVE-2021-42574). They carry no meaning in an SMS
// code or a service name, so they are removed; the letters themselves keep their natural direction.
// Embeddings, overrides, isolates and the invisible direction marks (LRM, RLM, ALM):
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function displayText(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
