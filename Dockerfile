# Trunkline in two stages: the build stage installs everything and builds the gateway (dist/)
# and the console (src/console/dist/); the runtime stage is a production install of the same
# lockfile plus those builds, run by a non-root user. `npm run test:deploy` runs these same
# commands in a copy of the tree (no container engine runs on the development machines or CI).
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native binding when no prebuilt one can be downloaded.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Dependencies first (a cached layer while the lockfile is unchanged); `prepare` needs the sources.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3 esbuild
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no build here, no telemetry postinstalls; the native binding comes from the
# build stage (same image, same Node ABI), so this stage needs no compiler.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/node_modules/better-sqlite3/build/Release/better_sqlite3.node node_modules/better-sqlite3/build/Release/
COPY --from=build /app/dist dist
COPY --from=build /app/src/bin.mjs src/bin.mjs
COPY --from=build /app/src/console/dist src/console/dist
# The embedded SQLite default (sqlite:./data/trunkline.db) and its sealing key live here.
RUN mkdir data && chown node:node data
VOLUME /app/data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:4000/v1/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself is PID 1 (no npm or shell in front), so SIGTERM reaches the gateway's graceful stop.
CMD ["node", "src/bin.mjs", "serve"]
