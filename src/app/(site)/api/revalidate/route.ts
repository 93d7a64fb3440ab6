import { revalidatePath } from 'next/cache'

import { getServerEnv } from '@/lib/env'
import { isRevalidateToken } from '@/lib/revalidate-token'

export const dynamic = 'force-dynamic'

/**
 * Marks every public page stale. For content changes made outside a request (scheduled
 * publishing on the jobs queue, the separate worker) and for a server whose pages were built
 * from another database (the Docker image). Needs the token derived from PAYLOAD_SECRET.
 */
export async function POST(request: Request) {
  const token = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '')
  if (!isRevalidateToken(token, getServerEnv().PAYLOAD_SECRET)) {
    return Response.json({ message: 'Not allowed.' }, { status: 401 })
  }
  revalidatePath('/', 'layout')
  return Response.json({ revalidated: true })
}
