// react-otp-input: one <input> per character, no autocomplete hint; it writes the character at the box
// it last saw focused (activeInput), whichever box fired the event.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import OtpInput from 'react-otp-input';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);

function App() {
  const [otp, setOtp] = useState('');
  return (
    <OtpInput
      value={otp}
      numInputs={Number(document.body.dataset.length)}
      onChange={(v) => {
        current = v;
        setOtp(v);
      }}
      renderSeparator={<span>-</span>}
      renderInput={(props) => <input {...props} />}
    />
  );
}

createRoot(document.getElementById('app')!).render(<App />);
