// Chakra UI v3 PinInput (Ark UI / Zag.js pin-input machine): ignores input into a box that was not
// focused first; the hidden name=code input is output-only. The page reports onValueChange.
import { createRoot } from 'react-dom/client';
import { ChakraProvider, defaultSystem, PinInput } from '@chakra-ui/react';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);
const { length, letters, mask } = document.body.dataset;

createRoot(document.getElementById('app')!).render(
  <ChakraProvider value={defaultSystem}>
    <PinInput.Root
      otp={mask !== 'true'}
      mask={mask === 'true'}
      type={letters === 'true' ? 'alphanumeric' : 'numeric'}
      name="code"
      onValueChange={(d) => {
        current = d.valueAsString;
      }}
    >
      <PinInput.HiddenInput />
      <PinInput.Control>
        {Array.from({ length: Number(length) }, (_, i) => (
          <PinInput.Input key={i} index={i} />
        ))}
      </PinInput.Control>
    </PinInput.Root>
  </ChakraProvider>,
);
