# Leitstand in a container: the API with the built web client, on PostgreSQL (DATABASE_URL) or on
# the embedded database in the volume /var/lib/leitstand. See the README's "Container" section.
#
# The base image is named once; CI builds only where it is available locally.
ARG NODE_IMAGE=node:20.20-bookworm-slim

# ---- build: every dependency, then the API (compiled to CommonJS) and the web client
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV CI=true NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false
COPY package.json package-lock.json .npmrc ./
# No dependency needs its install scripts (see package.json's allowScripts).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api web --output-style=static --skip-nx-cache

# ---- runtime: production dependencies and the build output only, as the unprivileged user `node`
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    LEITSTAND_DATA_DIR=/var/lib/leitstand \
    LEITSTAND_WEB_DIR=/app/dist/apps/web
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
RUN mkdir -p /var/lib/leitstand && chown node:node /var/lib/leitstand
USER node
VOLUME /var/lib/leitstand
EXPOSE 3000
# 200 while the database answers, 503 while it does not (or while the instance stops).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# As `npm start` runs the built API (see the README on --max-semi-space-size); SIGTERM stops it gracefully.
CMD ["node", "--enable-source-maps", "--max-semi-space-size=64", "dist/apps/api/main.js"]
