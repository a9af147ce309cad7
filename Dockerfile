# Hotline PPA — multi-stage image on the current Node LTS.
# Build: docker build -t hotline-ppa .
# Run:   docker run -p 3000:3000 -v hotline-data:/data -e DATA_KEY="$(openssl rand -base64 32)" hotline-ppa

FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Local packages that package.json installs from `file:` (vendor/README.md says why each exists).
COPY vendor ./vendor
RUN npm ci --no-audit --no-fund
COPY src ./src
COPY flows ./flows
# TypeScript → dist/ (esbuild), then drop the build tools from node_modules.
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
# MALLOC_ARENA_MAX: as `npm start` sets it (README → Operations → Starting the process).
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=/data/hotline.db
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# node_modules links to these (`file:` dependencies), so they come along.
COPY --from=build /app/vendor ./vendor
COPY package.json ./
# Files the code reads at run time, from the source tree.
COPY src/channels/webchat/chat-page.html src/channels/webchat/page-script.js src/channels/webchat/page-styles.css ./src/channels/webchat/
COPY src/directory/offices.example.yaml ./src/directory/
COPY src/workspace/views ./src/workspace/views
COPY src/workspace/assets ./src/workspace/assets
COPY locales ./locales
COPY migrations ./migrations
COPY migrations-pg ./migrations-pg
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The Node flags of `npm start` (package.json; a test keeps the two, and MALLOC_ARENA_MAX, the same): V8's young generation
# capped at 2 MB a half, as README → Benchmark measured (idle RSS about 30 MB lower).
CMD ["node", "--max-semi-space-size=2", "--heap-growing-percent=25", "dist/src/cli/main.js", "serve"]
