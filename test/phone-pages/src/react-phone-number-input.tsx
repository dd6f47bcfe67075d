import 'react-phone-number-input/style.css';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import PhoneInput from 'react-phone-number-input';
import { expose } from './state.ts';

let state = { value: '', country: 'US' };
function Form() {
  const [value, setValue] = useState<string | undefined>();
  const [country, setCountry] = useState<string | undefined>('US');
  state = { value: value ?? '', country: country ?? '' };
  return createElement(PhoneInput, { defaultCountry: 'US', value, onChange: setValue, onCountryChange: setCountry, placeholder: 'Phone number' } as never);
}
createRoot(document.getElementById('app')!).render(createElement(Form));
expose(() => ({ e164: state.value || null, country: state.country || null, value: state.value }));
