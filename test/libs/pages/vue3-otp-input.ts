// vue3-otp-input: one <input> per character, no autocomplete hint; like react-otp-input it writes at
// the box it last saw focused.
import { createApp, h, ref } from 'vue';
import VOtpInput from 'vue3-otp-input';
import { reportLibraryValue } from './bench.ts';

const value = ref('');
reportLibraryValue(() => value.value);
const { length, letters } = document.body.dataset;

createApp({
  setup: () => () =>
    h(VOtpInput, {
      numInputs: Number(length),
      inputType: letters === 'true' ? 'letter-numeric' : 'tel',
      separator: '',
      value: value.value,
      'onUpdate:value': (v: string) => {
        value.value = v;
      },
    }),
}).mount('#app');
