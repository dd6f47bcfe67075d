import { MaskInput } from 'maska';
import { expose, field } from './state.ts';

const input = field('phone');
let unmasked = '';
new MaskInput(input, { mask: '+380 ## ### ## ##', onMaska: (detail) => void (unmasked = detail.unmasked) });
// maska's unmasked value leaves the fixed +380 out: the site adds it back.
expose(() => ({ e164: unmasked.length === 9 ? `+380${unmasked}` : null, country: null, value: input.value }));
