import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import InputMask from 'react-input-mask';
import { expose } from './state.ts';

let current = '';
function Form() {
  const [value, setValue] = useState('');
  current = value;
  return createElement(InputMask, { mask: '+7 (999) 999-99-99', value, onChange: (e: { target: { value: string } }) => setValue(e.target.value), id: 'phone', type: 'tel', name: 'phone' });
}
createRoot(document.getElementById('app')!).render(createElement(Form));
expose(() => {
  const digits = current.replace(/\D/g, '');
  return { e164: digits.length === 11 ? `+${digits}` : null, country: null, value: current };
});
