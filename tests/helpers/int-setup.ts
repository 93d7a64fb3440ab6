import { inject } from 'vitest'

import { TEST_PAYLOAD_SECRET } from './test-database'

// Before anything imports the Payload config: the app reads these through src/lib/env.ts.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = TEST_PAYLOAD_SECRET
