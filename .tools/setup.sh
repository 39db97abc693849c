#!/usr/bin/env bash
# Installs everything `make serve` and `make test` need, idempotently: each step
# checks first and installs only what is missing or at the wrong version.
# Works on a laptop with rustup (wasm32 target via rustup) and on machines whose
# rustup cannot fetch the wasm32 std (Debian rustc-web fallback, ../shared/TOOLCHAIN.md).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The splitter of the program into parts (.tools/wasm-parts.mjs). 0.2.2 fixed
# splitting after a rustc change (cargo-leptos#642, #651); 0.2.4 is the version the
# split was measured and tested with. It must understand what the
# wasm_split_helpers crate in Cargo.lock emits: change both together.
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

say() { printf '[setup] %s\n' "$*"; }

APT_UPDATED=
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    say "cannot install $* automatically (no apt-get): install it and run again"; return 1
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then $sudo apt-get update -qq; APT_UPDATED=1; fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

command -v cargo >/dev/null 2>&1 || [ -x "$HOME/.cargo/bin/cargo" ] || {
  say "Rust is missing: install rustup from the official Rust website, then run again."; exit 1; }

# shellcheck source=.tools/env.sh
source .tools/env.sh

# 1. The wasm32 toolchain.
if [ "$KS_WASM_MODE" = none ]; then
  say "adding the wasm32 target with rustup"
  # On some machines the download hangs: give up after a while and fall back.
  timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
  ks_detect_wasm
fi
if [ "$KS_WASM_MODE" = none ]; then
  say "rustup has no wasm32 std here: using Debian's rustc-web with build-std"
  apt_install rustc-web cargo-web rust-web-src lld-19 rust-web-clippy
  ks_detect_wasm
fi
[ "$KS_WASM_MODE" != none ] || { say "no wasm32 toolchain could be set up"; exit 1; }
if [ "$KS_WASM_MODE" = debian ] && [ ! -x /usr/bin/cargo-clippy ]; then
  apt_install rust-web-clippy
fi
for comp in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$comp" || rustup component add "$comp"
done

# 2. Cargo-installed tools, pinned. Built with rustup's toolchain (first on PATH).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # Without --locked: with it, resolution fails on webpki-roots.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# (The tool prints no version: cargo's list of installed crates says which.)
if ! { command -v wasm-split-cli >/dev/null 2>&1 \
       && cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; }; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 3 minutes)"
  cargo install --locked --force wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# 3. Node tools (wasm-opt from binaryen, playwright-core, axe-core), from the lock file.
command -v npm >/dev/null 2>&1 || { say "Node.js and npm are missing: install them and run again."; exit 1; }
if [ ! -f .tools/node_modules/.package-lock.json ] \
   || [ .tools/package-lock.json -nt .tools/node_modules/.package-lock.json ]; then
  say "installing node tools"
  npm ci --prefix .tools --no-audit --no-fund --loglevel=error
fi

# 4. A Chromium for the tests, and Japanese fonts so screenshots show Japanese.
if [ -z "$CHROMIUM" ]; then
  apt_install chromium chromium-driver fonts-noto-cjk
fi
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=ja 2>/dev/null | head -n1)" ]; then
  apt_install fonts-noto-cjk || say "no Japanese font: screenshots will show boxes"
fi

# 5. Every crate of Cargo.lock, for every target: Trunk builds with --offline
# (TRUNK_OFFLINE above), so on a fresh machine `make serve` would find nothing to
# build with. Quick when everything is already downloaded.
cargo fetch --locked >/dev/null
