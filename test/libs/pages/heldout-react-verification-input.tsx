// HELD-OUT (never tuned on): react-verification-input, as its README shows it (`length`,
// `validChars`, `onChange`): one real input laid over character boxes it paints itself. The page
// reports onChange.
import { createRoot } from 'react-dom/client';
import VerificationInput from 'react-verification-input';
import { reportLibraryValue } from './bench.ts';

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
