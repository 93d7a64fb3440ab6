import type { Access, FieldAccess } from 'payload'

/** Closed over REST and GraphQL; only server code using the Local API gets in. */
export const nobody: Access = () => false

/** A field only the server writes (through its hooks); nobody sets it over the API. */
export const nobodyField: FieldAccess = () => false
