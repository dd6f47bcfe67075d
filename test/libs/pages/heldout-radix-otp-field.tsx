// HELD-OUT (never tuned on): Radix Primitives One-Time Password Field (unstable), as its docs show it:
// one OneTimePasswordField.Input per character and a HiddenInput for the form; `validationType`
// numeric (default) or alphanumeric. The page reports onValueChange.
import { createRoot } from 'react-dom/client';
import * as OneTimePasswordField from '@radix-ui/react-one-time-password-field';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);
const { length, letters } = document.body.dataset;

createRoot(document.getElementById('app')!).render(
  <OneTimePasswordField.Root
    className="slots"
    validationType={letters === 'true' ? 'alphanumeric' : 'numeric'}
    onValueChange={(v) => {
      current = v;
    }}
  >
    {Array.from({ length: Number(length) }, (_, i) => (
      <OneTimePasswordField.Input key={i} />
    ))}
    <OneTimePasswordField.HiddenInput name="code" />
  </OneTimePasswordField.Root>,
);
