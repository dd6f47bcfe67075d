// MUI TextFields arranged by mui-one-time-password-input (MuiOtpInput).
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { MuiOtpInput } from 'mui-one-time-password-input';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);

function App() {
  const [otp, setOtp] = useState('');
  return (
    <MuiOtpInput
      length={Number(document.body.dataset.length)}
      value={otp}
      onChange={(v) => {
        current = v;
        setOtp(v);
      }}
    />
  );
}

createRoot(document.getElementById('app')!).render(<App />);
