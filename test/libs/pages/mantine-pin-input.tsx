// Mantine PinInput: one <input> per character, autocomplete=one-time-code on the first when oneTimeCode.
import '@mantine/core/styles.css';
import { createRoot } from 'react-dom/client';
import { MantineProvider, PinInput } from '@mantine/core';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);
const { length, letters, otp } = document.body.dataset;

createRoot(document.getElementById('app')!).render(
  <MantineProvider>
    <PinInput
      length={Number(length)}
      type={letters === 'true' ? 'alphanumeric' : 'number'}
      oneTimeCode={otp !== 'false'}
      onChange={(v) => {
        current = v;
      }}
    />
  </MantineProvider>,
);
