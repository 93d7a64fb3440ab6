import type { Field, GlobalConfig } from 'payload'

import { hiddenUnlessAdmin } from '@/access/hiddenUnlessAdmin'
import { isAdmin } from '@/access/isAdmin'
import { revalidateSiteGlobal } from '@/hooks/revalidateSite'
import { WEEKDAYS } from '@/booking/availability'
import { adminMessages, adminText, fieldHelp, fieldLabel } from '@/i18n/admin/text'
import { DEFAULT_TIME_ZONE } from '@/lib/site'
import { isTimeZone } from '@/lib/time-zone'

type Validation = { req: { i18n?: { language?: string } } }
const errorsOf = ({ req }: Validation) => adminMessages(req.i18n?.language).errors

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

const time = (name: 'from' | 'to'): Field => ({
  name,
  label: fieldLabel(name),
  type: 'text',
  required: true,
  admin: { placeholder: name === 'from' ? '09:00' : '13:00', width: '30%' },
  validate: (value: unknown, options: Validation & { siblingData?: { from?: string } }) => {
    if (typeof value !== 'string' || !TIME.test(value)) return errorsOf(options).time
    const from = options.siblingData?.from
    if (name === 'to' && typeof from === 'string' && TIME.test(from) && value <= from) {
      return errorsOf(options).timeOrder
    }
    return true
  },
})

const minutes = (
  name: 'callMinutes' | 'bufferMinutes' | 'minimumNoticeHours' | 'bookingWindowDays',
  defaultValue: number,
  min: number,
  max: number,
): Field => ({
  name,
  label: fieldLabel(name),
  type: 'number',
  required: true,
  defaultValue,
  min,
  max,
  admin: {
    width: '25%',
    ...(name === 'bufferMinutes' || name === 'minimumNoticeHours'
      ? { description: fieldHelp(name) }
      : {}),
  },
})

/**
 * When the free call can be booked (src/booking): the owner's time zone and weekly hours, the
 * call's length, the gaps around it, and the meeting link that goes into every invite. Only
 * admins read or change it; the booking page shows the free times it yields, never the settings.
 */
export const Availability: GlobalConfig = {
  slug: 'availability',
  label: adminText((t) => t.availability),
  admin: { hidden: hiddenUnlessAdmin, group: adminText((t) => t.groups.clients) },
  access: {
    read: isAdmin,
    update: isAdmin,
  },
  // The booking page keeps the availability across requests until it changes (src/data/booking.ts).
  hooks: { afterChange: [revalidateSiteGlobal] },
  fields: [
    {
      name: 'timeZone',
      label: fieldLabel('timeZone'),
      type: 'text',
      required: true,
      defaultValue: DEFAULT_TIME_ZONE,
      admin: { description: fieldHelp('availabilityTimeZone') },
      validate: (value: unknown, options: Validation) =>
        typeof value === 'string' && isTimeZone(value) ? true : errorsOf(options).timeZone,
    },
    {
      name: 'weeklyHours',
      label: fieldLabel('weeklyHours'),
      labels: { singular: fieldLabel('weeklyHoursRow'), plural: fieldLabel('weeklyHours') },
      type: 'array',
      admin: { description: fieldHelp('weeklyHours') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'weekday',
              label: fieldLabel('weekday'),
              type: 'select',
              required: true,
              options: WEEKDAYS.map((value) => ({
                value,
                label: adminText((t) => t.options.weekdays[value]),
              })),
              admin: { width: '40%' },
            },
            time('from'),
            time('to'),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        minutes('callMinutes', 30, 15, 240),
        minutes('bufferMinutes', 15, 0, 240),
        minutes('minimumNoticeHours', 24, 0, 24 * 14),
        minutes('bookingWindowDays', 21, 1, 90),
      ],
    },
    {
      name: 'blockedDates',
      label: fieldLabel('blockedDates'),
      labels: { singular: fieldLabel('blockedDate'), plural: fieldLabel('blockedDates') },
      type: 'array',
      admin: { description: fieldHelp('blockedDates') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              label: fieldLabel('date'),
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayOnly' }, width: '40%' },
            },
            { name: 'note', label: fieldLabel('note'), type: 'text' },
          ],
        },
      ],
    },
    {
      name: 'meetingLink',
      label: fieldLabel('meetingLink'),
      type: 'text',
      admin: { description: fieldHelp('meetingLink') },
      validate: (value: unknown, options: Validation) => {
        if (value === undefined || value === null || value === '') return true
        try {
          return new URL(String(value)).protocol === 'https:' ? true : errorsOf(options).meetingLink
        } catch {
          return errorsOf(options).meetingLink
        }
      },
    },
  ],
}
