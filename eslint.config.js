// ESLint for the project's own TypeScript: typescript-eslint's recommended rules, no import cycles,
// no unused imports or variables, no exports nobody imports.
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

// typescript-eslint parses with TypeScript's JavaScript API, which TypeScript 7 (the project's compiler)
// no longer ships. TypeScript 6 comes beside it as `@typescript/typescript6`; inside this ESLint process,
// and only here, `typescript` means that package.
registerHooks({
  resolve: (specifier, context, next) => next(specifier === 'typescript' ? '@typescript/typescript6' : specifier, context),
});

const { default: tseslint } = await import('typescript-eslint');
const { importX, createNodeResolver } = await import('eslint-plugin-import-x');

const root = fileURLToPath(new URL('.', import.meta.url));

export default tseslint.config(
  {
    ignores: ['.output/', '.wxt/', '.tools/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/tmp/',
      'test/libs/dist/', 'test/phone-pages/dist/'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      // Follow imports into .ts/.tsx files too (the default reads only JavaScript), parsed as TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // `@/…` is WXT's alias for the repository root (.wxt/tsconfig.json).
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'], alias: { '@': [root] } }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // One import per module: types inline (`import { x, type T }`), not a second `import type` line.
      'import-x/no-duplicates': ['error', { 'prefer-inline': true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
