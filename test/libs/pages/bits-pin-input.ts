// Mounts the bits-ui PinInput page (Svelte 5, compiled by test/libs/build.ts) and reports its onValueChange.
import { mount } from 'svelte';
import BitsPinInput from './BitsPinInput.svelte';
import { reportLibraryValue } from './bench.ts';

let current = '';
reportLibraryValue(() => current);
mount(BitsPinInput, {
  target: document.getElementById('app')!,
  props: {
    length: Number(document.body.dataset.length),
    letters: document.body.dataset.letters === 'true',
    onchange: (v: string) => {
      current = v;
    },
  },
});
