// HELD-OUT SET 3 (built blind, never tuned on): corvu OTP Field for SolidJS (@corvu/otp-field), as its
// docs show it (primitives/otp-field, CSS example: `<OtpField maxLength={6}>` holding one
// `<OtpField.Input aria-label="Verification Code" />` and painted slots that read
// `OtpField.useContext().value()`; the input's `pattern` is digits by default, another regex widens it).
// One transparent input over the slots, like input-otp. Written with Solid's hyperscript (solid-js/h)
// because the bench bundles without a JSX transform for Solid; children are functions so that they are
// created inside OtpField's context. The page reports the context's value.
import h from 'solid-js/h';
import { render } from 'solid-js/web';
import OtpField from '@corvu/otp-field';
import { reportLibraryValue } from './bench.ts';

let read: () => string = () => '';
reportLibraryValue(() => read());
const { length, letters } = document.body.dataset;
const size = Number(length);

const Slot = (props: { index: number }) => {
  const context = OtpField.useContext();
  return h(
    'div',
    { class: () => (context.activeSlots().includes(props.index) ? 'slot active_slot' : 'slot') },
    () => context.value()[props.index],
  );
};

// Keeps a reader of the library's own value for __otpState().
const Reporter = () => {
  const context = OtpField.useContext();
  read = () => context.value();
  return null;
};

render(
  () =>
    h('div', { class: 'wrapper' }, () =>
      h(OtpField, { maxLength: size }, () => [
        h(OtpField.Input, {
          'aria-label': 'Verification Code',
          ...(letters === 'true' ? { pattern: '^[a-zA-Z0-9]*$' } : {}),
        }),
        h('div', { class: 'slot_wrapper' }, () => Array.from({ length: size }, (_, index) => h(Slot, { index }))),
        h(Reporter, {}),
      ]),
    ),
  document.getElementById('otp')!,
);
