// HELD-OUT SET 3 (built blind, never tuned on): react-code-input 3 (a class component with one input per
// character), as its README shows it (`<ReactCodeInput type='number' fields={6} />`, `type='text'` for
// text, `name`, `inputMode`, `onChange` receiving the whole value; the "with options" example styles
// each box through `inputStyle`). With type number its boxes are <input type=number>, where maxlength
// does not apply. The page reports onChange.
import { createRoot } from 'react-dom/client';
import ReactCodeInputModule from 'react-code-input';
import { reportLibraryValue } from './bench.ts';

// A webpack UMD bundle marked __esModule; in this "type": "module" workspace esbuild hands over the whole
// CommonJS exports object as the default import, so the component is its `default`.
const ReactCodeInput = (ReactCodeInputModule as unknown as { default: typeof ReactCodeInputModule }).default;

let current = '';
reportLibraryValue(() => current);
const { length, letters } = document.body.dataset;
const digits = letters !== 'true';

createRoot(document.getElementById('otp')!).render(
  <ReactCodeInput
    name="code"
    type={digits ? 'number' : 'text'}
    inputMode={digits ? 'numeric' : 'latin'}
    fields={Number(length)}
    autoFocus={false}
    inputStyle={{
      fontFamily: 'monospace',
      margin: '4px',
      MozAppearance: 'textfield',
      width: '32px',
      borderRadius: '3px',
      fontSize: '20px',
      height: '40px',
      textAlign: 'center',
      border: '1px solid #999',
    }}
    onChange={(value: string) => {
      current = value;
    }}
  />,
);
