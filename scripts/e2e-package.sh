#!/usr/bin/env bash
# End to end, as a new user would: pack newsarchive, `npx newsarchive init` a project from the
# tarball, install the tarball into it, build for a sub-path, check the site and serve it there.
# Needs the npm registry (the package's dependencies); prints each step and exits non-zero on failure.
#   scripts/e2e-package.sh [PORT]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
port="${1:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
work="$(mktemp -d "${TMPDIR:-/tmp}/newsarchive-e2e-XXXXXX")"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; }
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

step "npm pack (prepack compiles lib/ from scratch)"
tarball="$work/$(cd "$repo" && npm pack --silent --pack-destination "$work" | tail -1)"
tar -tzf "$tarball" > "$work/contents.txt"
grep -q '^package/lib/cli.js$' "$work/contents.txt"
if grep -qE '^package/(src|test|seeds)/' "$work/contents.txt"; then echo "the tarball holds src/, test/ or seeds/" >&2; exit 1; fi
echo "$tarball ($(du -k "$tarball" | cut -f1) kB, $(wc -l < "$work/contents.txt") files)"

step "npx newsarchive init site (from the tarball)"
cd "$work"
npm exec --yes --package "$tarball" -- newsarchive init site
cd site

step "npm install the tarball into the project"
npm install --no-audit --no-fund "$tarball"
npx newsarchive --version
npx newsarchive new "Harbour ferry timetable changes for the winter"

step "build for http://127.0.0.1:$port/archive/"
npx newsarchive build --base-url "http://127.0.0.1:$port/archive/" --drafts --fail-on error,front-matter,image,template

step "check the site"
npx newsarchive check

step "serve under /archive/"
# The installed bin itself (not npx, whose child would outlive a kill of npx).
./node_modules/.bin/newsarchive serve --base-url "http://127.0.0.1:$port/archive/" --port "$port" &
server=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/archive/" && break; sleep 0.2; done
fetch() { code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$1"); echo "GET $1 → $code"; [ "$code" = "$2" ]; }
fetch /archive/ 200
fetch /archive/style.css 200
fetch /archive/custom.css 200
fetch /archive/feed.xml 200
article="$(grep -o 'href="/archive/[0-9]\{4\}/[0-9]\{2\}/[0-9]\{2\}/[^"]*/"' dist/index.html | sed -n 1p | cut -d'"' -f2)"
fetch "$article" 200
curl -s "http://127.0.0.1:$port$article" > "$work/article.html"
grep -q '<link rel="stylesheet" href="/archive/style.css' "$work/article.html"
echo "e2e: OK ($work)"
