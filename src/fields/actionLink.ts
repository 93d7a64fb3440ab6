import type { TextField } from 'payload'

import { adminMessages, fieldHelp, fieldLabel } from '@/i18n/admin/text'

/** An address on this site (`/book`, made per language when shown) or an https:// one. */
const ACTION_LINK = /^(?:\/(?!\/)[^\s]*|https:\/\/[^\s]+)$/

/** A link an owner types into a block: refused unless it is one of ours or https://. */
export function actionLinkField(name: string, options: { required?: boolean } = {}): TextField {
  return {
    name,
    label: fieldLabel('link'),
    type: 'text',
    required: options.required,
    admin: { description: fieldHelp('actionLink') },
    validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) => {
      if (value === null || value === undefined || value === '') {
        return options.required ? adminMessages(req.i18n?.language).errors.actionLink : true
      }
      return typeof value === 'string' && ACTION_LINK.test(value)
        ? true
        : adminMessages(req.i18n?.language).errors.actionLink
    },
  }
}
