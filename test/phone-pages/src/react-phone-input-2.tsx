import 'react-phone-input-2/lib/style.css';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import PhoneInputModule from 'react-phone-input-2';
import { expose } from './state.ts';

// The package ships CommonJS with a default export object.
const PhoneInput = ((PhoneInputModule as unknown as { default?: unknown }).default ?? PhoneInputModule) as never;
let state = { value: '', country: 'us' };
function Form() {
  const [value, setValue] = useState('');
  const [country, setCountry] = useState('us');
  state = { value, country };
  return createElement(PhoneInput, { country: 'us', value, onChange: (v: string, data: { countryCode?: string }) => (setValue(v), setCountry(data.countryCode ?? '')) });
}
createRoot(document.getElementById('app')!).render(createElement(Form));
expose(() => ({ e164: state.value.length > 4 ? `+${state.value}` : null, country: state.country.toUpperCase() || null, value: state.value }));
