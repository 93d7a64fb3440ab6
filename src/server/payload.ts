import 'server-only'

import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance for server code (pages, route handlers, server actions). */
export const getPayloadClient = () => getPayload({ config })

/**
 * The same instance, with the jobs queue's cron running (email retries, scheduled publishing).
 * Payload starts its crons only when asked: the server asks once, at start (src/instrumentation.ts).
 */
export const startPayloadWithJobs = () => getPayload({ config, cron: true })
