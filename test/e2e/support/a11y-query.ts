// Finds form controls by their accessible name the way a user reads the label. Puppeteer's ARIA
// selectors need the accessibility tree, which WebDriver BiDi does not expose, so the Firefox tests use
// this for both browsers' pages alike.
export const findByLabelScript = (name: string): string => `(() => {
  const want = ${JSON.stringify(name)}.toLowerCase();
  const text = (el) => (el?.textContent ?? '').trim().replace(/\\s+/g, ' ').toLowerCase();
  for (const el of document.querySelectorAll('input, select, textarea, button')) {
    const labelled = el.getAttribute('aria-labelledby');
    const names = [
      el.getAttribute('aria-label'),
      labelled ? labelled.split(' ').map((id) => text(document.getElementById(id))).join(' ') : null,
      ...[...(el.labels ?? [])].map(text),
      el.tagName === 'BUTTON' ? text(el) : null,
    ];
    if (names.some((n) => n && n.trim().toLowerCase() === want)) return el;
  }
  return null;
})()`;
