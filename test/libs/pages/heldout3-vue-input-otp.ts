// HELD-OUT SET 3 (built blind, never tuned on): vue-input-otp (the Vue port of input-otp that
// shadcn-vue's InputOTP wraps), as its README shows it (`<OTPInput v-slot="{ slots }" v-model
// :maxlength="6">` with a Slot per `slots` entry painting `char` and `isActive`, two groups of three
// with a fake dash between; `pattern` from its REGEXP_ONLY_DIGITS / REGEXP_ONLY_DIGITS_AND_CHARS). One
// invisible input beside the painted slots. The README styles the slots with Tailwind; the page carries
// the same sizes as plain CSS. The page reports the v-model.
import { createApp, h, ref } from 'vue';
import { OTPInput, REGEXP_ONLY_DIGITS, REGEXP_ONLY_DIGITS_AND_CHARS } from 'vue-input-otp';
import { reportLibraryValue } from './bench.ts';

type SlotProps = { char: string | null; isActive: boolean };

const input = ref('');
reportLibraryValue(() => input.value);
const { length, letters } = document.body.dataset;
const half = Math.ceil(Number(length) / 2);

const slot = (s: SlotProps, i: number) => h('div', { key: i, class: s.isActive ? 'slot active' : 'slot' }, s.char ?? '');

createApp({
  setup: () => () =>
    h(
      OTPInput,
      {
        maxlength: Number(length),
        pattern: letters === 'true' ? REGEXP_ONLY_DIGITS_AND_CHARS : REGEXP_ONLY_DIGITS,
        containerClass: 'otp-container',
        modelValue: input.value,
        'onUpdate:modelValue': (v: string) => {
          input.value = v;
        },
      },
      {
        default: ({ slots }: { slots: SlotProps[] }) => [
          h('div', { class: 'group' }, slots.slice(0, half).map(slot)),
          h('div', { class: 'dash' }, [h('div')]),
          h('div', { class: 'group' }, slots.slice(half).map(slot)),
        ],
      },
    ),
}).mount('#otp');
