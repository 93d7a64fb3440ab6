import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

/**
 * Which parts of src/ each part may import (README, "Where things go"). Packages are free; a part
 * always reaches another through its `@/` alias, so these rules see every crossing.
 */
export const mayImport = {
  lib: ['payload-types'],
  edge: ['i18n', 'lib'],
  access: ['lib', 'payload-types'],
  hooks: ['lib', 'payload-types'],
  fields: ['access', 'blocks', 'i18n', 'lib', 'payload-types'],
  blocks: ['components', 'fields', 'i18n', 'lib', 'payload-types'],
  publishing: ['access', 'fields', 'lib', 'payload-types'],
  collections: [
    'access',
    'blocks',
    'fields',
    'hooks',
    'i18n',
    'booking',
    'leads',
    'lib',
    'publishing',
    'search',
    'payload-types',
  ],
  globals: ['access', 'blocks', 'booking', 'fields', 'hooks', 'i18n', 'lib', 'payload-types'],
  plugins: ['access', 'hooks', 'i18n', 'lib', 'payload-types'],
  server: ['leads', 'lib', 'payload-config'],
  data: ['booking', 'lib', 'search', 'server', 'payload-types'],
  search: ['access', 'components', 'lib', 'payload-types'],
  analytics: ['lib', 'payload-types'],
  leads: ['access', 'components', 'i18n', 'lib', 'server', 'payload-types'],
  booking: ['access', 'components', 'i18n', 'leads', 'lib', 'server', 'payload-types'],
  components: ['blocks', 'booking', 'i18n', 'leads', 'lib', 'search', 'payload-types'],
  i18n: ['lib'],
  seed: ['lib', 'payload-types'],
}

const importRules = Object.entries(mayImport).map(([part, allowed]) => ({
  files: [`src/${part}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              '@/*',
              ...(allowed.includes('payload-config') ? [] : ['@payload-config']),
              // Leaving the folder by a relative path hides the crossing from this rule.
              ...(part === 'edge' ? ['../*'] : part === 'seed' ? [] : ['../../*']),
              ...allowed.flatMap((name) => [`!@/${name}`, `!@/${name}/*`]),
              `!@/${part}`,
              `!@/${part}/*`,
            ],
            message: `src/${part} may import only ${allowed.join(', ') || 'nothing'} of the project (README, "Where things go").`,
          },
        ],
      },
    ],
  },
}))

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...importRules,
  globalIgnores([
    '.next/**',
    '.data/**',
    '.tmp/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'src/payload-types.ts',
    'src/app/(payload)/**',
    'migrations/**',
  ]),
])
