// antd Input.OTP: boxes with no autocomplete hint; onChange fires only once every cell is filled, and
// it moves focus back to the first empty cell.
import { createRoot } from 'react-dom/client';
import { Input } from 'antd';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);
const letters = document.body.dataset.letters === 'true';

createRoot(document.getElementById('app')!).render(
  <Input.OTP
    length={Number(document.body.dataset.length)}
    formatter={letters ? (s) => s.toUpperCase() : undefined}
    onChange={(v) => {
      current = v;
    }}
  />,
);
