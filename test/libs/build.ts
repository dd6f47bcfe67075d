// Builds the library bench: pages made from the real widget packages in devDependencies, bundled into
// test/libs/dist/ for offline use. Built at test time (Playwright's globalSetup) rather than committed:
// the lockfile pins each library's exact version, the repository carries no megabytes of minified
// vendor code that nobody can review, and bumping a library is a lockfile change that the next e2e run
// checks. esbuild bundles all pages in a few seconds; Svelte files go through svelte/compiler.
import { build, type Plugin } from 'esbuild';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const LIBS_PAGES = join(here, 'pages');
export const LIBS_DIST = join(here, 'dist');

// bits-ui ships .svelte components and rune modules (.svelte.js) that must be compiled for the browser.
const svelte: Plugin = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte(\.[jt]s)?$/ }, async ({ path }) => {
      const { compile, compileModule } = await import('svelte/compiler');
      const source = await readFile(path, 'utf8');
      const options = { filename: path, generate: 'client' as const, dev: false };
      const out = path.endsWith('.svelte') ? compile(source, options) : compileModule(source, options);
      return { contents: out.js.code, loader: 'js' };
    });
  },
};

export default async function buildLibraryPages(): Promise<void> {
  await rm(LIBS_DIST, { recursive: true, force: true });
  await mkdir(LIBS_DIST, { recursive: true });
  const files = await readdir(LIBS_PAGES);
  const entries = files.filter((f) => /\.(tsx?)$/.test(f) && f !== 'bench.ts').map((f) => join(LIBS_PAGES, f));
  await build({
    entryPoints: entries,
    outdir: LIBS_DIST,
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'react',
    conditions: ['svelte', 'browser', 'production'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.svg': 'dataurl' },
    plugins: [svelte],
    logLevel: 'warning',
  });
  const built = new Set(await readdir(LIBS_DIST));
  // A page links its bundle's stylesheet; only some libraries import CSS, so drop links to none.
  const pages = files.filter((f) => f.endsWith('.html'));
  await Promise.all(
    pages.map(async (f) => {
      const html = await readFile(join(LIBS_PAGES, f), 'utf8');
      const linked = html.replace(/<link rel="stylesheet" href="([^"]+)">\n/g, (tag, css: string) => (built.has(css) ? tag : ''));
      await writeFile(join(LIBS_DIST, f), linked);
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildLibraryPages();
