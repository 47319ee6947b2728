// ESLint flat config: the recommended JavaScript and typescript-eslint rules, with Prettier owning
// the layout (eslint-config-prettier switches off every rule that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-cdktn/', 'cdktf.out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: {
      // `_name` marks a parameter or destructured key that is left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    // Tests read synthesized JSON, whose shape is the provider's, not ours.
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // CloudFront Functions (cloudfront-js-2.0): ES modules with the runtime's globals only; CloudFront
    // calls `handler`, and the library fills in the settings placeholder at synth.
    files: ['modules/**/functions/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { Buffer: 'readonly', __VIDEO_CDN_SETTINGS__: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^handler$', caughtErrors: 'none' }],
    },
  },
  prettier,
);
