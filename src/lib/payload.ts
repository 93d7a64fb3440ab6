import 'server-only'

import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance for server code (pages, route handlers, server actions). */
export const getPayloadClient = () => getPayload({ config })
