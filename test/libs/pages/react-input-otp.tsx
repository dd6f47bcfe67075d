// input-otp, the component shadcn/ui's <InputOTP> wraps: one transparent <input> stretched over
// decorative slots; it ignores synthetic paste and listens to input + selectionchange.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { OTPInput, REGEXP_ONLY_DIGITS_AND_CHARS, REGEXP_ONLY_DIGITS } from 'input-otp';
import { reportLibraryValue } from './bench.ts';

const length = Number(document.body.dataset.length);
const letters = document.body.dataset.letters === 'true';
let current = '';
reportLibraryValue(() => current);

function App() {
  const [value, setValue] = useState('');
  return (
    <OTPInput
      maxLength={length}
      value={value}
      pattern={letters ? REGEXP_ONLY_DIGITS_AND_CHARS : REGEXP_ONLY_DIGITS}
      onChange={(v) => {
        current = v;
        setValue(v);
      }}
      containerClassName="otp"
      render={({ slots }) => (
        <div className="slots">
          {slots.map((slot, i) => (
            <div key={i} className={slot.isActive ? 'slot active' : 'slot'}>
              {slot.char}
            </div>
          ))}
        </div>
      )}
    />
  );
}

createRoot(document.getElementById('app')!).render(<App />);
