#!/usr/bin/env bash
# A production install, made as an operator would make one, in a copy: exactly the files the
# Dockerfile's runtime stage ships (package.json, package-lock.json, dist/, src/bin.mjs,
# src/console/dist/), `npm ci --omit=dev --ignore-scripts`, then migrate, start, and ask. Proves
# the runtime needs nothing from devDependencies nor from the sources, and that the compiled code
# (not tsx, which is absent) is what runs. Also checks compose.yaml and the Dockerfile, which no
# container engine here can run.
set -euo pipefail
cd "$(dirname "$0")/../.."

passed=0
ok() { passed=$((passed + 1)); echo "ok - $*"; }
fail() { echo "not ok - $*" >&2; echo "deploy: $passed passed, 1 failed"; exit 1; }

# compose.yaml parses, with the two instances on PostgreSQL and Redis.
node --input-type=module -e '
  import { readFileSync } from "node:fs";
  import { parse } from "yaml";
  const { services } = parse(readFileSync("compose.yaml", "utf8"), { merge: true });
  const gateways = Object.values(services).filter((s) => s.build === ".");
  if (gateways.length !== 2 || !gateways.every((s) => /^postgres:/.test(s.environment.DATABASE_URL) && /^redis:/.test(s.environment.REDIS_URL)))
    throw new Error("compose.yaml: expected two instances with DATABASE_URL=postgres://… and REDIS_URL=redis://…");
  for (const name of ["postgres", "redis"]) if (!services[name]) throw new Error(`compose.yaml: no ${name} service`);' ||
  fail "compose.yaml"
ok "compose.yaml parses: two instances, PostgreSQL and Redis"
# The Dockerfile ships what this script ships.
for f in dist src/bin.mjs src/console/dist; do grep -q "^COPY --from=build /app/$f " Dockerfile || fail "the Dockerfile does not ship $f"; done
grep -q 'npm ci --omit=dev --ignore-scripts' Dockerfile && grep -q '^USER node' Dockerfile && grep -q '^HEALTHCHECK' Dockerfile ||
  fail "the Dockerfile's runtime stage"
ok "the Dockerfile ships dist/, src/bin.mjs and src/console/dist/ to a production install run as node"

[ -f dist/main.js ] && [ -f src/console/dist/index.html ] || npm run build

work=$(mktemp -d "${TMPDIR:-/tmp}/trunkline-deploy-XXXXXX")
app="$work/app"
server=
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -KILL "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$app/src/console"
cp package.json package-lock.json "$app/"
cp -R dist "$app/dist"
cp src/bin.mjs "$app/src/bin.mjs"
cp -R src/console/dist "$app/src/console/dist"

cd "$app"
# --ignore-scripts: `prepare` (a build) is not wanted here and neither are telemetry postinstalls.
# better-sqlite3 is the one runtime package whose install script matters: it builds the native
# binding, minutes of C on this machine. Its build from the development install (same Node, same
# machine) is copied instead; REBUILD_NATIVE=1 rebuilds it as an operator's install would.
npm ci --omit=dev --ignore-scripts --prefer-offline --no-audit --no-fund --loglevel=error
if [ "${REBUILD_NATIVE:-0}" = 1 ]; then
  npm rebuild better-sqlite3 --loglevel=error >/dev/null
else
  binding=node_modules/better-sqlite3/build/Release/better_sqlite3.node
  mkdir -p "$(dirname "$binding")" && cp "$OLDPWD/$binding" "$binding"
fi
ok "npm ci --omit=dev: $(du -sm node_modules | cut -f1) MB of node_modules"

# Nothing that only devDependencies need (the lockfile marks them "dev"): a devDependency that a
# runtime package also depends on (ajv, @types/node) is rightly there.
present=$(node -e '
  const { packages } = require("./package-lock.json");
  const dev = Object.keys(packages).filter((path) => packages[path].dev && require("fs").existsSync(`${path}/package.json`));
  console.log(dev.join(" "));')
[ -z "$present" ] || fail "packages only devDependencies need are installed: $present"
for name in vitest typescript vite tsx esbuild; do [ ! -e "node_modules/$name" ] || fail "$name is installed"; done
ok "nothing only devDependencies need is installed (vitest, typescript, vite, tsx, esbuild absent)"

# Every package the compiled code imports loads from this tree, lazily imported ones included.
node --input-type=module -e '
  import { readFileSync } from "node:fs";
  for (const spec of JSON.parse(readFileSync("dist/packages.json", "utf8"))) await import(spec);' ||
  fail "a package imported by dist/main.js does not load"
ok "all $(node -p 'require("./dist/packages.json").length') packages imported by dist/main.js load"

export DATABASE_URL="sqlite:$work/production.db" NODE_ENV=production LOG_LEVEL=warn TRUNKLINE_SHUTDOWN_GRACE_MS=0
migrated=$(node src/bin.mjs migrate)
node -e 'const a = JSON.parse(process.argv[1]).applied; process.exit(a.length > 0 && a[0] === "0001_initial" ? 0 : 1)' "$migrated" ||
  fail "trunkline migrate on a fresh database printed $migrated"
ok "trunkline migrate applied the migrations: $migrated"

PORT=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
export PORT
node src/bin.mjs serve >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$PORT"
# status URL: prints the HTTP status, or 000 when nothing answers.
status() { node -e 'fetch(process.argv[1]).then((r) => console.log(r.status), () => console.log("000"))' "$1"; }
for _ in $(seq 1 300); do
  [ "$(status "$base/v1/healthz")" = 200 ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; fail "the server exited"; }
  sleep 0.1
done
[ "$(status "$base/v1/healthz")" = 200 ] || { cat "$work/server.log" >&2; fail "GET /v1/healthz did not answer 200 within 30 s"; }
ok "trunkline serve answers GET /v1/healthz with 200"
[ "$(status "$base/v1/readyz")" = 200 ] || fail "GET /v1/readyz is not 200"
ok "GET /v1/readyz answers 200"
# Assets found beside the sources from the compiled bundle: the console and the API reference.
[ "$(status "$base/")" = 200 ] || fail "GET / (the console) is not 200"
[ "$(status "$base/docs/swagger-ui.css")" = 200 ] || fail "GET /docs/swagger-ui.css is not 200"
ok "the console and the API reference's assets are served"

[ "$(node src/bin.mjs migrate)" = '{"applied":[]}' ] || fail "trunkline migrate on the served database applied something"
ok "trunkline migrate on the served database has nothing left to apply"

kill -TERM "$server"
wait "$server" || fail "the server did not exit cleanly on SIGTERM"
server=
ok "the server stops on SIGTERM"

echo "deploy: $passed passed, 0 failed"
