import type { Access } from 'payload'

/** Closed over REST and GraphQL; only server code using the Local API gets in. */
export const nobody: Access = () => false
