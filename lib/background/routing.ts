// Who may say what to the background. Commands come only from our own extension pages; content scripts
// may only report fields, and their tab and frame come from the browser's `sender`, never the payload.
// Anything else — another extension, a malformed or unknown message — is dropped without an answer.
import { commandSchema, contentMessageSchema, type Command, type FieldReport, type Sender } from '../messages.ts';

export type Routed =
  | { kind: 'command'; command: Command }
  | { kind: 'field'; tabId: number; frameId: number; frameUrl: string; report: FieldReport }
  | { kind: 'ignored' };

/** Our popup or options page. They may be open in a tab (Chrome opens the options page in one), so the
 * page's own URL decides: content scripts never run in extension pages. */
export function isExtensionPage(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  try {
    return new URL(sender.url).origin === extensionOrigin;
  } catch {
    return false;
  }
}

export function route(raw: unknown, sender: Sender, extensionId: string, extensionOrigin: string): Routed {
  if (sender.id !== extensionId) return { kind: 'ignored' };
  if (isExtensionPage(sender, extensionId, extensionOrigin)) {
    const command = commandSchema.safeParse(raw);
    return command.success ? { kind: 'command', command: command.data } : { kind: 'ignored' };
  }
  const report = contentMessageSchema.safeParse(raw);
  const tabId = sender.tab?.id;
  const frameUrl = frameAddress(sender);
  if (!report.success || tabId === undefined || sender.frameId === undefined || !frameUrl) return { kind: 'ignored' };
  return { kind: 'field', tabId, frameId: sender.frameId, frameUrl, report: report.data };
}

/** The address that names the frame's site: its URL, or for about:srcdoc / about:blank frames (which
 * inherit their parent's origin) the origin the browser reports for the sender. */
function frameAddress(sender: Sender): string | null {
  if (sender.url && /^https?:/i.test(sender.url)) return sender.url;
  if (sender.url?.startsWith('about:') && sender.origin && /^https?:/i.test(sender.origin)) return sender.origin;
  return sender.url ?? null;
}
