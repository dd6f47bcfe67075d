import 'intl-tel-input/styles';
import intlTelInput from 'intl-tel-input/intlTelInputWithUtils';
import { expose, field } from './state.ts';

const input = field('phone');
const iti = intlTelInput(input, { initialCountry: 'us' });
expose(() => ({ e164: iti.getNumber() || null, country: iti.getSelectedCountry()?.iso2.toUpperCase() ?? null, value: input.value }));
