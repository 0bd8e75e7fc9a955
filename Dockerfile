# The HubSpot backend as a container, on the official Node image (Node 22 LTS; 24 works the same).
# Build: docker build -t tactful-hubspot-backend .   Run: see docs/DEPLOY.md ("Running it as a container").
FROM node:22-bookworm-slim

ENV NODE_ENV=production
WORKDIR /app

# Runtime dependencies only (tsx runs the TypeScript sources; better-sqlite3 fetches its prebuilt binary).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# Exactly what the start script imports (tests/server/dockerfile.test.ts checks this list).
COPY tsconfig.base.json tsconfig.json ./
COPY shared ./shared
COPY apps/hubspot/contract ./apps/hubspot/contract
COPY apps/hubspot/server ./apps/hubspot/server
COPY apps/hubspot/scopes.ts ./apps/hubspot/scopes.ts
COPY scripts/start-hubspot-backend.ts ./scripts/start-hubspot-backend.ts

USER node
# Listen on every interface inside the container; TACTFUL_PUBLIC_URL must then be set.
ENV HOST=0.0.0.0 PORT=3978
EXPOSE 3978
HEALTHCHECK --interval=10s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:3978/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 and the backend handles SIGTERM itself (graceful drain, then exit).
CMD ["node", "--import", "tsx", "scripts/start-hubspot-backend.ts"]
