#!/usr/bin/env bash
# Installs what building and testing gongshi needs, and nothing that is already there:
#   - the Rust target wasm32-unknown-unknown (rustup)
#   - wasm-bindgen-cli at the exact version of the wasm-bindgen crate in Cargo.lock (cargo install)
#   - the npm dev dependencies from package-lock.json (npm ci): binaryen (wasm-opt),
#     playwright-core, typescript
#   - with --browser: Debian's chromium and a small CJK font (fonts-wqy-microhei) for the browser
#     tests (apt-get; needs root or sudo) and the bundler test project's npm dependencies
#     (tests/bundler/vite: Vite)
set -euo pipefail
cd "$(dirname "$0")/.."

browser=0
for a in "$@"; do
  case "$a" in
    --browser) browser=1 ;;
    *) echo "setup.sh: unknown option $a" >&2; exit 2 ;;
  esac
done

say() { printf '\n==> %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  say "cargo install wasm-bindgen-cli --version =$want (about 2 minutes)"
  # --locked is tried first for reproducibility; one of its pinned dependencies is not
  # served by every registry mirror, so fall back to an unlocked install.
  cargo install wasm-bindgen-cli --version "=$want" --locked 2>/dev/null \
    || cargo install wasm-bindgen-cli --version "=$want"
fi

stamp=node_modules/.gongshi-lock
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  say "npm ci (binaryen, playwright-core, typescript)"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi

# The bundler test project (tests/bundler/vite): its own lock file, installed the same way.
vite_dir=tests/bundler/vite
if [ "$browser" = 1 ] && [ -f "$vite_dir/package-lock.json" ]; then
  vite_stamp=$vite_dir/node_modules/.gongshi-lock
  vite_sum=$(sha256sum "$vite_dir/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$vite_stamp" ] || [ "$(cat "$vite_stamp")" != "$vite_sum" ]; then
    say "npm ci in $vite_dir (Vite, for the bundler test)"
    (cd "$vite_dir" && npm ci --no-audit --no-fund)
    echo "$vite_sum" > "$vite_stamp"
  fi
fi

# Debian packages for the browser tests: Chromium, and a small CJK font so that the pages
# (and the screenshots the tests save) show Chinese instead of empty boxes.
if [ "$browser" = 1 ]; then
  want=()
  [ -x /usr/bin/chromium ] || want+=(chromium)
  [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || want+=(fonts-wqy-microhei)
  if [ ${#want[@]} -gt 0 ]; then
    say "apt-get install -y ${want[*]}"
    sudo_cmd=""
    if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get install -y "${want[@]}" || { $sudo_cmd apt-get update && $sudo_cmd apt-get install -y "${want[@]}"; }
  fi
fi
