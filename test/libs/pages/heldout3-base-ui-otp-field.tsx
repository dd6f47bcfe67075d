// HELD-OUT SET 3 (built blind, never tuned on): Base UI 1.x OTP Field (@base-ui/react, preview), as its
// docs show it (otp-field page, "hero" and "alphanumeric" demos: `<OTPField.Root id length
// aria-describedby>` with one `<OTPField.Input>` per character, the first labelled by a native
// <label>, the others "Character N of L"; `validationType="alphanumeric"` for letters). Base UI is
// unstyled: the page carries the demo's CSS module as plain CSS. The page reports onValueChange.
import { createRoot } from 'react-dom/client';
import { OTPField } from '@base-ui/react/otp-field';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);
const { length, letters, label, description } = document.body.dataset;
const size = Number(length);

createRoot(document.getElementById('otp')!).render(
  <div className="Field">
    <label htmlFor="otp-code" className="Label">
      {label}
    </label>
    <OTPField.Root
      id="otp-code"
      length={size}
      validationType={letters === 'true' ? 'alphanumeric' : 'numeric'}
      aria-describedby="otp-code-description"
      className="Root"
      onValueChange={(value: string) => {
        current = value;
      }}
    >
      {Array.from({ length: size }, (_, index) => (
        <OTPField.Input
          key={index}
          className="Input"
          aria-label={index === 0 ? undefined : `Character ${index + 1} of ${size}`}
        />
      ))}
    </OTPField.Root>
    <p id="otp-code-description" className="Description">
      {description}
    </p>
  </div>,
);
