// HELD-OUT SET 2 (built blind, never tuned on): react-pin-field 4, as its README shows it
// (`<PinField length onChange onComplete />`, native input props such as `pattern` and `inputMode`
// passed to every box, `format` for each character). It ships no CSS: the README styles it through
// `className`, as the page does. The page reports onChange.
import { createRoot } from 'react-dom/client';
import PinField from 'react-pin-field';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);
const { length, letters } = document.body.dataset;
const digits = letters !== 'true';

createRoot(document.getElementById('otp')!).render(
  <PinField
    className="pin-field"
    length={Number(length)}
    pattern={digits ? '[0-9]' : '[A-Za-z0-9]'}
    inputMode={digits ? 'numeric' : 'text'}
    format={(char) => char.toUpperCase()}
    onChange={(v) => {
      current = v;
    }}
  />,
);
