// Builds the library bench: pages made from the real widget packages in devDependencies, bundled into
// test/libs/dist/ for offline use. Built at test time (Playwright's globalSetup) rather than committed:
// the lockfile pins each library's exact version, the repository carries no megabytes of minified
// vendor code that nobody can review, and bumping a library is a lockfile change that the next e2e run
// checks. esbuild bundles all pages in a few seconds; Svelte files go through svelte/compiler. A page's
// source is its <body>; the document head, the same on every page, is added here.
import { build, type Plugin } from 'esbuild';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const LIBS_PAGES = join(here, 'pages');
export const LIBS_DIST = join(here, 'dist');

// The bench's own React 19 (test/libs/package.json, nested by npm beside the bench) for every import in a
// bench bundle, also from a package npm hoisted to the root, where the phone pages' React 18 lives: two
// Reacts in one page break every hook.
const benchReact: Plugin = {
  name: 'bench-react',
  setup(b) {
    b.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, (args) =>
      args.pluginData === benchReact.name
        ? undefined
        : b.resolve(args.path, { kind: args.kind, resolveDir: here, pluginData: benchReact.name }),
    );
  },
};

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
      // Vuetify 4's @vuetify/v0 reads a Vite-only variable; without Vite there is no `process` in a page.
      'process.env.VITE_LOGGER_ENABLED': 'undefined',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.svg': 'dataurl' },
    plugins: [svelte, benchReact],
    logLevel: 'warning',
  });
  const built = new Set(await readdir(LIBS_DIST));
  const pages = files.filter((f) => f.endsWith('.html'));
  await Promise.all(
    pages.map(async (f) => writeFile(join(LIBS_DIST, f), asDocument(await readFile(join(LIBS_PAGES, f), 'utf8'), built))),
  );
}

// Boxes of widgets that ship no CSS get a box's size; bits-ui's input lies over its cells and keeps its own,
// and so do widgets that style themselves (`data-own-styles` on #app): the id selector would override
// their sizing and lay their one input somewhere the library never puts it.
const SHARED_STYLE = `
  body{font-family:system-ui,sans-serif;max-width:520px;margin:40px auto;padding:0 16px}
  #app:not([data-own-styles]) input:not([data-pin-input-input]){width:40px;height:44px;font-size:20px;text-align:center;margin:0 4px}
  .slots{display:flex;gap:6px}.slot{width:40px;height:44px;border:1px solid #888;border-radius:6px;display:flex;align-items:center;justify-content:center;font-size:20px}
  .slot.active{outline:2px solid #36f}
`;

/** A page source (its notes, then its <body>) as a document: the title is the page's heading, and the
 * stylesheet of its bundle is linked when the bundle has one (only some libraries import CSS). */
function asDocument(source: string, built: Set<string>): string {
  const title = /<h2>(.*?)<\/h2>/.exec(source)?.[1] ?? '';
  const css = /<script type="module" src="([^"]+)\.js">/.exec(source)?.[1] + '.css';
  const link = built.has(css) ? `<link rel="stylesheet" href="${css}">\n` : '';
  const head = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${link}<style>${SHARED_STYLE}</style>\n</head>\n`;
  return `${head}${source}</html>\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildLibraryPages();
