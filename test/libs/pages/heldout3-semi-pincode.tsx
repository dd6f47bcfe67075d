// HELD-OUT SET 3 (built blind, never tuned on): Semi Design (Douyin) PinCode, as its docs show it
// (input/pincode: `import { PinCode } from '@douyinfe/semi-ui'`, controlled `value` + `onChange`,
// `count` for the number of digits, `format` "number" (the default) or "mixed" for letters and digits,
// `size`). One Semi Input per character, with the stylesheet the component imports itself. The page
// reports the onChange state.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PinCode } from '@douyinfe/semi-ui';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);
const { length, letters } = document.body.dataset;

function Code() {
  const [value, setValue] = useState('');
  current = value;
  return (
    <PinCode
      size="large"
      count={Number(length)}
      format={letters === 'true' ? 'mixed' : 'number'}
      value={value}
      onChange={(v: string) => setValue(v)}
    />
  );
}

createRoot(document.getElementById('otp')!).render(<Code />);
