# syntax=docker/dockerfile:1
# Framewise as a container: a multi-stage build of Next's standalone output, run as a non-root user.
# Put it behind a reverse proxy that overwrites X-Forwarded-For (deploy/nginx.conf does). See deploy/README.md.
#   docker build -t framewise .                       # the app
#   docker build --target migrate -t framewise-migrate .   # migrations, run once per deploy

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# Standalone output only here: `npm start` and the tests keep the ordinary build.
RUN FRAMEWISE_STANDALONE=1 npm run build

# `docker run --rm -e DATABASE_URL=… framewise-migrate` applies prisma/migrations before new instances start.
# The same migrator `npm start` uses (lib/db/migrate.ts, under an advisory lock).
FROM deps AS migrate
COPY lib/db/migrate.ts ./lib/db/migrate.ts
COPY scripts/migrate.mts ./scripts/migrate.mts
CMD ["npx", "tsx", "scripts/migrate.mts"]

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 TRUST_PROXY=1
RUN groupadd --system --gid 1001 framewise && useradd --system --uid 1001 --gid framewise --no-create-home framewise
COPY --from=build --chown=framewise:framewise /app/.next/standalone ./
COPY --from=build --chown=framewise:framewise /app/.next/static ./.next/static
# Read at runtime: the inline-script hashes of the prerendered pages (CSP) and the lessons and quizzes.
COPY --from=build --chown=framewise:framewise /app/.next/csp-hashes.json ./.next/csp-hashes.json
COPY --from=build --chown=framewise:framewise /app/content ./content
USER framewise
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health/live`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
