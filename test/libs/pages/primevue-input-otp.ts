// PrimeVue InputOtp (unstyled mode, styled by the page): one <input> per character, no autocomplete hint.
import { createApp, h, ref } from 'vue';
import PrimeVue from 'primevue/config';
import InputOtp from 'primevue/inputotp';
import { reportLibraryValue } from './bench.ts';

const value = ref('');
reportLibraryValue(() => value.value ?? '');
const { length, letters } = document.body.dataset;

createApp({
  setup: () => () =>
    h(InputOtp, {
      length: Number(length),
      integerOnly: letters !== 'true',
      modelValue: value.value,
      'onUpdate:modelValue': (v: string) => {
        value.value = v;
      },
    }),
})
  .use(PrimeVue, { unstyled: true })
  .mount('#app');
