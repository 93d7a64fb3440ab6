import type { CollectionBeforeChangeHook } from 'payload'

import { readingTimeMinutes } from '@/lib/reading-time'

/** Reading time comes from the body, never typed in. */
export const computeReadingTime: CollectionBeforeChangeHook = ({ data }) => {
  if (data.body) data.readingTime = readingTimeMinutes(data.body)
  return data
}
