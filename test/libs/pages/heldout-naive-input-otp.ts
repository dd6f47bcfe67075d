// HELD-OUT (never tuned on): Naive UI NInputOtp, as its docs show it (`<n-input-otp v-model:value>`,
// the value an array of characters; `allow-input` limits what a box takes). Each box is an NInput.
// The page reports the v-model joined.
import { createApp, h, ref } from 'vue';
import { NInputOtp } from 'naive-ui';
import { reportLibraryValue } from './bench.ts';

const value = ref<string[]>([]);
reportLibraryValue(() => value.value.join(''));
const { length, letters } = document.body.dataset;
const onlyDigits = (char: string) => !char || /^\d+$/.test(char);

createApp({
  setup: () => () =>
    h(NInputOtp, {
      length: Number(length),
      allowInput: letters === 'true' ? undefined : onlyDigits,
      value: value.value,
      'onUpdate:value': (v: string[]) => {
        value.value = v;
      },
    }),
}).mount('#app');
