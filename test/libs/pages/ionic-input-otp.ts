// Ionic's <ion-input-otp> web component (Ionic >= 8.5), boxes inside its shadow-free light DOM.
import { defineCustomElement } from '@ionic/core/components/ion-input-otp.js';
import { reportLibraryValue } from './bench.ts';

defineCustomElement();
const el = document.createElement('ion-input-otp');
const { length, letters } = document.body.dataset;
el.setAttribute('length', String(length));
el.setAttribute('type', letters === 'true' ? 'text' : 'number');
let current = '';
// ionInput carries the component's own value on every change.
el.addEventListener('ionInput', (e) => {
  current = String((e as CustomEvent<{ value?: string | number | null }>).detail.value ?? '');
});
reportLibraryValue(() => current);
document.getElementById('app')!.append(el);
