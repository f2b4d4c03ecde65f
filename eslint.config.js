// ESLint: the recommended rules of ESLint and typescript-eslint over src/ and test/. The layering of
// src/ is held by test/unit/layers.test.ts (over the import graph), which no config can switch off.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript (the hash worker, this file) runs on Node: its globals are defined.
    files: ['**/*.js'],
    languageOptions: { globals: { Buffer: 'readonly', process: 'readonly' } },
  },
  {
    rules: {
      // Matching control characters is the point of the escaping code and its tests.
      'no-control-regex': 'off',
      // `const { dropped: _, ...rest } = value` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read reports and logs back as JSON of a shape they then assert.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
