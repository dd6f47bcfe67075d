// Every module takes zod from here, so jitless is set before any schema is built. zod's JIT compiles
// validators with `new Function`, which the extensions' CSP forbids (MV3 pages) and which content
// scripts must not do on a hostile page; jitless validators are plain closures.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
