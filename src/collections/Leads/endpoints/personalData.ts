import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'

/** The address asked about: `?email=` on GET, `{ "email": … }` on DELETE. */
async function emailOf(req: PayloadRequest): Promise<string | null> {
  const fromQuery = new URL(req.url ?? 'http://x').searchParams.get('email')
  const fromBody =
    req.method === 'DELETE' && req.json ? ((await req.json()) as { email?: unknown }).email : null
  const email = String(fromQuery ?? fromBody ?? '')
    .trim()
    .toLowerCase()
  return /^[^\s@]+@[^\s@]+$/.test(email) ? email : null
}

async function leadsOf(req: PayloadRequest, email: string) {
  const { docs } = await req.payload.find({
    collection: 'leads',
    where: { email: { equals: email } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  return docs
}

const forbidden = () => Response.json({ message: 'Admins only.' }, { status: 403 })
const badEmail = () => Response.json({ message: 'Give a valid email address.' }, { status: 400 })

/** GDPR access request: everything stored about one address, as a JSON download. */
export const exportPersonalData: Endpoint = {
  path: '/personal-data',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req, 'admin')) return forbidden()
    const email = await emailOf(req)
    if (!email) return badEmail()
    const leads = await leadsOf(req, email)
    // Booked calls belong to leads (an erasure deletes them with their lead).
    const { docs: bookings } = await req.payload.find({
      collection: 'bookings',
      where: { lead: { in: leads.map((lead) => lead.id) } },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    return new Response(
      JSON.stringify({ email, exportedAt: new Date().toISOString(), leads, bookings }, null, 2),
      {
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="personal-data-${email.replace(/[^a-z0-9.@_-]/g, '_')}.json"`,
        },
      },
    )
  },
}

/** GDPR erasure request: deletes every lead of one address (and their booked calls). */
export const deletePersonalData: Endpoint = {
  path: '/personal-data',
  method: 'delete',
  handler: async (req) => {
    if (!hasRole(req, 'admin')) return forbidden()
    const email = await emailOf(req)
    if (!email) return badEmail()
    const { docs } = await req.payload.delete({
      collection: 'leads',
      where: { email: { equals: email } },
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ email, deleted: docs.length })
  },
}
