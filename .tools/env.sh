# Sourced by the Makefile. Puts the project's tools on PATH and defines `wasm_env`,
# which runs a command with the wasm32 toolchain: rustup's where it has the wasm32
# standard library, otherwise Debian's rustc-web building std from source
# (see ../shared/TOOLCHAIN.md). Only checks; installing is .tools/setup.sh's job.

KS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KS_ROOT
export PATH="$KS_ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# setup.sh puts wasm-bindgen and wasm-opt on PATH: Trunk must never download tools.
export TRUNK_OFFLINE=true

ks_detect_wasm() {
  local sysroot
  sysroot="$(rustc --print sysroot 2>/dev/null || true)"
  if [ -n "$sysroot" ] && [ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib" ]; then
    KS_WASM_MODE=rustup
  elif [ -x /usr/bin/rustc ] && [ -x /usr/bin/cargo ] && [ -d /usr/lib/rustlib/src/rust/library ] \
      && command -v wasm-ld-19 >/dev/null 2>&1; then
    KS_WASM_MODE=debian
  else
    KS_WASM_MODE=none
  fi
  export KS_WASM_MODE
}
ks_detect_wasm

# Runs "$@" with the wasm32 toolchain.
wasm_env() {
  case "$KS_WASM_MODE" in
    rustup) "$@" ;;
    debian)
      # Debian's cargo/rustc first (rustup's rustc has no rust-src), std built from
      # source, Debian's wasm-ld, and a target dir of its own so the two compilers
      # never share build artefacts.
      PATH="$KS_ROOT/.tools/node_modules/.bin:/usr/bin:$PATH" \
      RUSTC=/usr/bin/rustc \
      RUSTC_BOOTSTRAP=1 \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19 \
      CARGO_TARGET_DIR="$KS_ROOT/target/wasm-debian" \
      "$@" ;;
    *)
      echo "No wasm32 toolchain: run 'make setup' (or 'rustup target add wasm32-unknown-unknown')." >&2
      return 1 ;;
  esac
}

# The browser used by the end-to-end tests and the benchmark.
if [ -z "${CHROMIUM:-}" ]; then
  for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome \
           "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
    if [ -x "$c" ]; then CHROMIUM="$c"; break; fi
  done
fi
export CHROMIUM="${CHROMIUM:-}"
