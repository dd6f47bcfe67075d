// Reka UI PinInput (what shadcn-vue's PinInput wraps): one <input> per character.
import { createApp, h, ref } from 'vue';
import { PinInputInput, PinInputRoot } from 'reka-ui';
import { reportLibraryValue } from './bench.ts';

const value = ref<string[]>([]);
reportLibraryValue(() => value.value.join(''));
const { length, letters } = document.body.dataset;

createApp({
  setup: () => () =>
    h(
      PinInputRoot,
      {
        otp: true,
        type: letters === 'true' ? 'text' : 'number',
        modelValue: value.value,
        'onUpdate:modelValue': (v: string[]) => {
          value.value = v;
        },
        class: 'pins',
      },
      () => Array.from({ length: Number(length) }, (_, i) => h(PinInputInput, { index: i, key: i })),
    ),
}).mount('#app');
