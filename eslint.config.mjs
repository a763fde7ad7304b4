import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Characters a component may write literally; every word comes from content/messages.
const allowedStrings = ['·', '—', '–', '→', '←', '×', '•', '|', '/', ':', '(', ')', '+', '-', '%', '*', '…', ',', '.', '&nbsp;'];

// Issue 10: no user-visible literal in attributes either.
const catalogText = {
  selector: 'JSXAttribute[name.name=/^(aria-label|alt|title|placeholder|aria-description)$/] > Literal[value=/[A-Za-zА-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІіƏə]/]',
  message: 'User-visible attribute text must come from the message catalogs (content/messages).',
};
// Issue 16, point 4: one field family (components/forms/field.tsx) gives every control its bound label, hint,
// error wiring, required mark and look, so a raw control is refused outside components/forms/. Hidden inputs
// are allowed: they carry a form's fixed values (locale, ids, tokens) and have no label, focus or error.
const rawControl = {
  selector: "JSXOpeningElement[name.name=/^(input|select|textarea)$/]:not(:has(JSXAttribute[name.name='type'][value.value='hidden']))",
  message: 'Use the field family in components/forms/field.tsx (TextField, SelectField, TextAreaField, CheckboxField, RadioGroupField, Field, Input, Select) instead of a raw control.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'lib/db/generated/**', 'coverage/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    rules: {
      // Issue 10: no user-visible literal outside the message catalogs.
      'react/jsx-no-literals': ['error', { noStrings: true, allowedStrings, ignoreProps: true, noAttributeStrings: false }],
      'no-restricted-syntax': [
        'error',
        catalogText,
        rawControl,
      ],
    },
  },
  {
    // the field family itself draws the raw controls
    files: ['components/forms/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        catalogText,
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
]);
