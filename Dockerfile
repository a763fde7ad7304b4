# Karvan as a container image (README, "Scaling out"). Multi-stage: dependencies, build, a small runtime
# with Next's standalone output only. Docker is not available on the development machines; the
# standalone output this copies is checked by `npm run check:standalone`.
#
#   docker build -t karvan .                                  # web (the last stage)
#   docker build --target worker -t karvan-worker .           # workers and the release step
#   docker run --rm --env-file prod.env karvan-worker npm run db:migrate   # release step, before new web processes
#   docker run -d --env-file prod.env -p 3000:3000 karvan     # web, as many as you like behind the load balancer
#   docker run -d --env-file prod.env karvan-worker           # workers, as many as you like

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
WORKDIR /app
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
RUN npx next build && npm run build:standalone-server

# Release step and workers: the full tree (Prisma CLI for migrations, tsx for the worker).
FROM build AS worker
RUN useradd --system --uid 10001 karvan && chown -R karvan /app/.next
USER karvan
# node as PID 1 (not npm), so SIGTERM reaches the worker, which finishes its running jobs and exits 0.
HEALTHCHECK --interval=30s --timeout=5s CMD kill -0 1 || exit 1
CMD ["node", "node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/worker.ts"]

FROM node:20-bookworm-slim AS web
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN useradd --system --uid 10001 karvan
# The standalone output (traced node_modules, the page cache handler, the migrations for /api/ready, content) and
# karvan-server.mjs, our HTTP server around it (lib/cli/serve-standalone.ts), which Next's server.js is not.
COPY --from=build --chown=karvan /app/.next/standalone ./
COPY --from=build --chown=karvan /app/.next/static ./.next/static
COPY --from=build --chown=karvan /app/public ./public
USER karvan
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node as PID 1: SIGTERM stops accepting, lets in-flight requests finish (SHUTDOWN_TIMEOUT_MS) and exits 0.
CMD ["node", "karvan-server.mjs"]
