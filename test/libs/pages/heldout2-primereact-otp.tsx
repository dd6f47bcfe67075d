// HELD-OUT SET 2 (built blind, never tuned on): PrimeReact 10 InputOtp, as its docs show it
// (`<InputOtp value={token} onChange={(e) => setTokens(e.value)} integerOnly />`, `length` 4 by
// default), with a PrimeReact theme as its docs install one. One InputText per character. The page
// reports the value of the onChange state.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { InputOtp } from 'primereact/inputotp';
import 'primereact/resources/themes/lara-light-cyan/theme.css';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);
const { length, letters } = document.body.dataset;

function Code() {
  const [token, setTokens] = useState<string | number | undefined>('');
  current = String(token ?? '');
  return (
    <InputOtp
      value={token}
      onChange={(e) => setTokens(e.value ?? '')}
      length={Number(length)}
      integerOnly={letters !== 'true'}
    />
  );
}

createRoot(document.getElementById('otp')!).render(<Code />);
