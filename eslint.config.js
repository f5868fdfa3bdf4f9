// @ts-check
import tseslint from 'typescript-eslint';

const htmlSinks = [
  {
    selector: "AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(inner|outer)HTML$/]",
    message: 'Never assign HTML: page, KB and user text must reach the DOM as text (textContent, Preact).',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never insert HTML strings; build nodes or use Preact.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never set HTML from strings; render text.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is pure logic that runs under Node: no extension APIs, no entry-point code.
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'], message: 'lib/ must not use extension APIs.' },
            { group: ['@/entrypoints/*', '@/utils/*', '@/components/*', '**/entrypoints/**', '**/utils/**', '**/components/**'], message: 'lib/ must not import entry points, extension utilities or UI.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ must not use extension APIs; pass what you need in.' },
        { name: 'chrome', message: 'lib/ must not use extension APIs; pass what you need in.' },
      ],
    },
  },
);
