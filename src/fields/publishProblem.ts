import type { FieldHook, TextField } from 'payload'
import { fieldHelp, fieldLabel } from '@/i18n/admin/text'

import { isAdminOrEditorField } from '@/access/isAdminOrEditor'
import { nobodyField } from '@/access/nobody'

/** How the report of a failed scheduled publish sets the field (src/publishing/jobs.ts). */
export type PublishProblemContext = { publishProblem?: string }

/**
 * Why the last scheduled publish of this document failed; empty when nothing is wrong. Only the
 * server writes it: the report task sets it through `context.publishProblem`, a publish that goes
 * through clears it, and every other save keeps what was there (whatever the form sent, so an
 * editor's autosave of an open document cannot wipe it).
 */
const keepUnlessPublishedOrReported: FieldHook = ({ context, data, originalDoc }) => {
  const reported = (context as PublishProblemContext).publishProblem
  if (typeof reported === 'string') return reported || null
  if (data?._status === 'published') return null
  return (originalDoc as { publishProblem?: string | null } | undefined)?.publishProblem ?? null
}

export const publishProblemField: TextField = {
  name: 'publishProblem',
  label: fieldLabel('publishProblem'),
  type: 'text',
  access: { read: isAdminOrEditorField, create: nobodyField, update: nobodyField },
  hooks: { beforeChange: [keepUnlessPublishedOrReported] },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: fieldHelp('publishProblem'),
    condition: (data) => Boolean(data?.publishProblem),
  },
}
