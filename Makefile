# The two set-up commands are `make serve` and `make test`; each installs what it
# needs first (.tools/setup.sh, idempotent).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
ENV := source .tools/env.sh &&

.PHONY: setup serve dist test unit lint e2e bench fuzz screenshot clean

setup:
	@bash .tools/setup.sh

## Build and serve on http://127.0.0.1:8080 (rebuilds on change; reload the page to
## see it). A release build, as users get it; it shares the build cache with
## `make dist` and `make test`, in a folder of its own. No live-reload script: the
## page's security policy allows only the scripts built with it (README).
serve: setup
	$(ENV) wasm_env trunk serve --release --no-autoreload --dist target/serve-dist

## Static files for any web host in dist/ (relative paths: works from a sub-folder).
dist: setup
	$(ENV) wasm_env trunk build --release

## Every test: format, lints (native and wasm32), native tests, end-to-end tests.
test: setup lint unit dist e2e

## The pure core natively; the UI as the build step renders it (ssr) and as the
## browser runs it (wasm32).
lint:
	$(ENV) cargo fmt --all --check
	$(ENV) cargo clippy --all-targets -- -D warnings
	$(ENV) cargo clippy --all-targets --features ssr -- -D warnings
	$(ENV) wasm_env cargo clippy --target wasm32-unknown-unknown --features browser -- -D warnings

unit:
	$(ENV) cargo test
	$(ENV) cargo test --features ssr --lib ui::

e2e:
	$(ENV) node --test --test-concurrency=1 tests/e2e/

## A longer fuzz pass over every decoder (not part of `make test`): the properties
## of tests/decoders.rs with FUZZ_CASES cases each.
FUZZ_CASES ?= 20000
fuzz: setup
	$(ENV) PROPTEST_CASES=$(FUZZ_CASES) cargo test --release --test decoders -- --nocapture

## Figures: wasm/JS size raw and gzip, time to first result, input-to-chart latency;
## the demo backend with 1,000 members and 20,000 messages; a time study of 10,000 records.
bench: dist
	$(ENV) node tests/bench/bench.mjs
	$(ENV) cargo bench --bench demo_scale
	$(ENV) cargo bench --bench timestudy_scale
	$(ENV) cargo bench --bench group_scale

## The README screenshot (.docs/screenshot.png) from the built app.
screenshot: dist
	$(ENV) node tests/bench/screenshot.mjs

clean:
	rm -rf dist target
