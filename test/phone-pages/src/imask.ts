import IMask from 'imask';
import { expose, field } from './state.ts';

const input = field('phone');
const mask = IMask(input, { mask: '+{7} (000) 000-00-00' });
expose(() => ({ e164: mask.unmaskedValue.length === 11 ? `+${mask.unmaskedValue}` : null, country: null, value: input.value }));
