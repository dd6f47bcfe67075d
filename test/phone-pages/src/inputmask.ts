import Inputmask from 'inputmask';
import { expose, field } from './state.ts';

const input = field('phone');
Inputmask('+7 (999) 999-99-99').mask(input);
const unmasked = () => (input as unknown as { inputmask: { unmaskedvalue(): string } }).inputmask.unmaskedvalue();
expose(() => ({ e164: unmasked().length === 10 ? `+7${unmasked()}` : null, country: null, value: input.value }));
