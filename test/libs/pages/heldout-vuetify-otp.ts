// HELD-OUT (never tuned on): Vuetify VOtpInput, as its docs show it (`<v-otp-input v-model="otp"
// length="6" />`, type "number" by default, "text" for letters). One VField input per character;
// the page reports the v-model.
import { createApp, h, ref } from 'vue';
import { createVuetify } from 'vuetify';
import { VOtpInput } from 'vuetify/components';
import 'vuetify/styles';
import { reportLibraryValue } from './bench.ts';

const otp = ref('');
reportLibraryValue(() => otp.value);
const { length, letters } = document.body.dataset;

createApp({
  setup: () => () =>
    h(VOtpInput, {
      length: Number(length),
      type: letters === 'true' ? 'text' : 'number',
      modelValue: otp.value,
      'onUpdate:modelValue': (v: string) => {
        otp.value = v;
      },
    }),
})
  .use(createVuetify({ components: { VOtpInput } }))
  .mount('#app');
