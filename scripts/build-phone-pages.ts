// Bundles the widget test pages (test/phone-pages/src) with the real phone-input and mask libraries
// from npm into test/phone-pages/dist, one self-contained script per page, so the e2e tests load them
// offline from the local pages server. Run by the e2e global setup; skipped when every bundle is newer
// than its source and package-lock.json.
import { build } from 'vite';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = `${ROOT}test/phone-pages/src/`;
const DIST = `${ROOT}test/phone-pages/dist/`;

const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : 0);

export async function buildPhonePages(): Promise<string[]> {
  const entries = readdirSync(SRC).filter((f) => /\.tsx?$/.test(f) && f !== 'state.ts');
  const newestInput = Math.max(mtime(`${ROOT}package-lock.json`), mtime(`${SRC}state.ts`));
  const built: string[] = [];
  for (const file of entries) {
    const name = file.replace(/\.tsx?$/, '');
    const out = `${DIST}${name}.js`;
    if (mtime(out) > Math.max(newestInput, mtime(SRC + file))) continue;
    await build({
      configFile: false,
      logLevel: 'warn',
      root: ROOT,
      publicDir: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: DIST,
        emptyOutDir: false,
        minify: true,
        cssCodeSplit: false,
        lib: { entry: SRC + file, formats: ['iife'], name: name.replace(/\W/g, '_'), fileName: () => `${name}.js`, cssFileName: name },
      },
    });
    built.push(name);
  }
  return built;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const built = await buildPhonePages();
  console.log(`phone pages: built ${built.length} bundle(s) in ${Date.now() - started} ms`);
}
