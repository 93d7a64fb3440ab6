# syntax=docker/dockerfile:1
# Production image: Next's standalone output on Node 22 LTS. Payload applies pending migrations
# when the server starts (prodMigrations, run from src/instrumentation.ts), which then re-renders
# the pages built from the build stage's empty database (REVALIDATE_ON_START).

FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Pages are pre-rendered from a database: the build runs against a throwaway embedded PostgreSQL.
ENV NEXT_OUTPUT=standalone \
    NEXT_TELEMETRY_DISABLED=1
RUN node --import tsx scripts/docker-build.ts

FROM node:22-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    REVALIDATE_ON_START=true \
    HOST=0.0.0.0 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
RUN groupadd --system --gid 1001 app && useradd --system --uid 1001 --gid app app
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
COPY --from=build --chown=app:app /app/public ./public
USER app
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The edge in front of Next (client address, refused form posts, CSP, cache headers):
# scripts/server-standalone.ts, bundled by scripts/docker-build.ts. Next's server.js is not used.
CMD ["node", "edge-server.mjs"]
