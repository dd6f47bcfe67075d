// HELD-OUT SET 2 (built blind, never tuned on): Element Plus ElInputOtp, as its docs show it
// (`<el-input-otp v-model="otp" :validator="onlyAllowNumber" inputmode="numeric" />` in the "Custom
// Validation" example; no validator takes any character). One ElInput-styled box per character, the
// library's own stylesheet. The page reports the v-model.
import { createApp, h, ref } from 'vue';
import { ElInputOtp } from 'element-plus';
import 'element-plus/dist/index.css';
import { reportLibraryValue } from './bench.ts';

const otp = ref('');
reportLibraryValue(() => otp.value);
const { length, letters } = document.body.dataset;
const onlyAllowNumber = (value: string) => /^\d$/.test(value);

createApp({
  setup: () => () =>
    h(ElInputOtp, {
      length: Number(length),
      ...(letters === 'true' ? {} : { validator: onlyAllowNumber, inputmode: 'numeric' }),
      modelValue: otp.value,
      'onUpdate:modelValue': (v: string) => {
        otp.value = v;
      },
    }),
}).mount('#otp');
