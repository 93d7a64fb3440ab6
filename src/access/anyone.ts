import type { Access } from 'payload'

/** Open to everybody, signed in or not. */
export const anyone: Access = () => true
