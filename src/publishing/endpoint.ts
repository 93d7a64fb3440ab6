/**
 * `GET /api/<collection>/<id>/publish-check`: whether the document's current draft could be
 * published right now by the signed-in editor, and if not why (`{ problem }`, naming each
 * invalid field). The admin asks it before it schedules a publish, so a draft that would fail
 * on its day is refused on the spot with the reason instead.
 */
import type { CollectionSlug, Endpoint } from 'payload'

import { hasRole } from '@/access/roles'

import { publishProblem } from './check'

export function publishCheckEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/publish-check',
    method: 'get',
    handler: async (req) => {
      if (!hasRole(req, 'admin') && !hasRole(req, 'editor')) {
        return Response.json({ message: 'Editors only.' }, { status: 403 })
      }
      const id = req.routeParams?.id
      if (typeof id !== 'string' && typeof id !== 'number') {
        return Response.json({ message: 'Which document?' }, { status: 400 })
      }
      const problem = await publishProblem(req.payload, {
        collection,
        id: /^\d+$/.test(String(id)) ? Number(id) : id,
        user: req.user,
      })
      return Response.json({ problem }, { headers: { 'Cache-Control': 'no-store' } })
    },
  }
}
