// A small "SimFill filled the code" notice after a fill. It lives in a closed shadow root so the page can
// neither style it nor read it, takes no clicks (pointer-events: none) and removes itself.
const VISIBLE_MS = 2500;

export function showFillNotice(doc: Document, text: string): void {
  const host = doc.createElement('simfill-notice');
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.textContent = text;
  box.setAttribute('style', [
    'position:fixed', 'z-index:2147483647', 'right:16px', 'bottom:16px', 'padding:8px 12px', 'border-radius:8px',
    'background:#1b5e20', 'color:#fff', 'font:14px system-ui', 'pointer-events:none',
    'box-shadow:0 2px 8px #0005', 'transition:opacity .4s',
  ].join(';'));
  root.append(box);
  host.setAttribute('style', 'all:initial;pointer-events:none');
  doc.documentElement.append(host);
  setTimeout(() => (box.style.opacity = '0'), VISIBLE_MS);
  setTimeout(() => host.remove(), VISIBLE_MS + 500);
}
