import 'vue-tel-input/vue-tel-input.css';
import { createApp, h, ref } from 'vue';
import { VueTelInput } from 'vue-tel-input';
import { expose } from './state.ts';

const phone = ref('');
const state = { e164: '', country: 'US' };
createApp({
  render: () =>
    h(VueTelInput, {
      modelValue: phone.value,
      'onUpdate:modelValue': (v: string) => (phone.value = v),
      defaultCountry: 'US',
      inputOptions: { id: 'phone', name: 'phone' },
      // on-input carries the library's parsed phone object (E.164 number, country) after every change.
      onOnInput: (_value: string, o: { number?: string; countryCode?: string } | undefined) => {
        state.e164 = o?.number ?? '';
        if (o?.countryCode) state.country = o.countryCode;
      },
      onCountryChanged: (c: { iso2: string }) => (state.country = c.iso2.toUpperCase()),
    }),
}).mount('#app');
expose(() => ({ e164: state.e164 || null, country: state.country, value: phone.value }));
