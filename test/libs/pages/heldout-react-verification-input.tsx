// HELD-OUT (never tuned on): react-verification-input, as its README shows it (`length`,
// `validChars`, `onChange`): one real input laid over character boxes it paints itself. The page
// reports onChange.
import { createRoot } from 'react-dom/client';
import VerificationInputModule from 'react-verification-input';
import { reportLibraryValue } from './bench.ts';

// The package is CommonJS whose `exports.default` is the component; a bundler's default import gets the
// whole exports object.
const VerificationInput =
  (VerificationInputModule as unknown as { default?: typeof VerificationInputModule }).default ?? VerificationInputModule;

let current = '';
reportLibraryValue(() => current);
const { length, letters } = document.body.dataset;

createRoot(document.getElementById('app')!).render(
  <VerificationInput
    length={Number(length)}
    validChars={letters === 'true' ? 'A-Za-z0-9' : '0-9'}
    inputProps={{ inputMode: letters === 'true' ? 'text' : 'numeric' }}
    onChange={(v) => {
      current = v;
    }}
  />,
);
