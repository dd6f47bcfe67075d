// HELD-OUT SET 2 (built blind, never tuned on): Arco Design (React) VerificationCode, as its docs show
// it (basic: `<VerificationCode onChange onFinish />`, length 6 by default; "Validation": `validate`
// returning the input for digits, false otherwise), with Arco's stylesheet. One Arco Input per
// character. The page reports onChange.
import { createRoot } from 'react-dom/client';
import { VerificationCode } from '@arco-design/web-react';
import '@arco-design/web-react/dist/css/arco.css';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);
const { length, letters } = document.body.dataset;

createRoot(document.getElementById('otp')!).render(
  <VerificationCode
    style={{ width: 300 }}
    length={Number(length)}
    validate={letters === 'true' ? undefined : ({ inputValue }) => (/^\d*$/.test(inputValue) ? inputValue : false)}
    onChange={(v) => {
      current = v;
    }}
  />,
);
