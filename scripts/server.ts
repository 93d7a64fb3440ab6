/**
 * The web server process of `npm start` and `npm run dev` (`--dev`, hot reload): Next behind the
 * edge. The Docker image runs scripts/server-standalone.ts instead.
 */
import { serve } from './lib/serve'

await serve({ dev: process.argv.includes('--dev') })
