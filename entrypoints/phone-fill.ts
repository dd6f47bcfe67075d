// Injected on demand (lib/background/inject.ts) into the frame the user is acting on, when they ask for
// the rented number to be filled: never loaded into pages otherwise. Bundled by
// scripts/build-content-script.ts, like the content script, without WXT's runner.
import { registerOnDemand } from '@/lib/on-demand';
import { fillPhone } from '@/lib/phone/fill';
import { parsePhoneRequest, type PhoneFillReply } from '@/lib/phone/protocol';

registerOnDemand('phone-fill', async (raw): Promise<PhoneFillReply> => {
  const host = location.hostname;
  const request = parsePhoneRequest(raw);
  if (!request) return { ok: false, host, reason: 'not-verified' };
  return { ...(await fillPhone(document, request)), host };
});
