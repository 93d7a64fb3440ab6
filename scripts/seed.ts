/** `npm run seed`: applies migrations, then the idempotent demo-content seed. */
process.argv.push('--seed')
await import('./migrate')

export {}
