# jobintel: `make run` and `make test` set up everything they need on a fresh machine, idempotently.
SHELL := /bin/bash
.DEFAULT_GOAL := run

# Builds are minutes cold: keep the target dir outside the clone so every clone and CI run reuses it.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/jobintel-target
CARGO_LEPTOS_VERSION := 0.3.11
# cargo-leptos (no_downloads) needs wasm-bindgen-cli of exactly the version in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3; exit }' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JOBINTEL_BIN := $(CARGO_TARGET_DIR)/debug/jobintel

.PHONY: run test test-mongo setup build unit e2e lint fmt bench eval load toolchain cargo-leptos wasm-bindgen chromium poppler npm-deps wrk binaryen clean-data

## run: install what is missing, build, and serve http://127.0.0.1:3000 (SQLite under ./data, demo content)
run: setup
	cargo leptos serve

## test: the same setup, then unit + integration tests and the browser tests in Chromium
test: setup chromium poppler npm-deps unit e2e

setup: toolchain cargo-leptos wasm-bindgen

toolchain:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# cargo-leptos 0.3.11's locked dependencies need a newer compiler than the stable toolchain: build it with nightly.
cargo-leptos:
	@if cargo leptos --version 2>/dev/null | grep -q "$(CARGO_LEPTOS_VERSION)"; then :; else \
		rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal; \
		echo "installing cargo-leptos $(CARGO_LEPTOS_VERSION) (about 12 minutes, once)"; \
		cargo +nightly install cargo-leptos --version $(CARGO_LEPTOS_VERSION) --locked --features no_downloads; \
	fi

wasm-bindgen:
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "wasm-bindgen not found in Cargo.lock"; exit 1; }
	@if wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$"; then :; else \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

# pdftotext, with which the tests read the generated PDFs back as a reader would.
poppler:
	@command -v pdftotext >/dev/null || { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils; }

# wasm-opt, which cargo-leptos runs on the release wasm.
binaryen:
	@command -v wasm-opt >/dev/null || { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y binaryen; }

wrk:
	@command -v wrk >/dev/null || { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }

npm-deps:
	@cd end2end && { [ -d node_modules/@playwright/test ] || npm ci --no-audit --no-fund; }

build: setup
	cargo leptos build
	$(JOBINTEL_BIN) precompress target/site

## unit: unit and integration tests of every native crate (app with its server feature); the
## MongoDB backend's server tests run too when MONGODB_URI is set
unit:
	cargo test -p types -p store -p store-sqlite -p store-mongo -p pipeline -p server -p app --features app/ssr
	@if [ -n "$$MONGODB_URI" ]; then $(MAKE) test-mongo; else \
		echo "MongoDB suite skipped: MONGODB_URI is not set (no MongoDB server here; make test-mongo runs it against one)"; fi

## test-mongo: the store conformance suite and the in-place update test against MONGODB_URI
test-mongo:
	@test -n "$$MONGODB_URI" || { echo "test-mongo needs MONGODB_URI (e.g. mongodb://localhost:27017)"; exit 2; }
	cargo test -p store-mongo --features live --test live

## e2e: build the site and run the Playwright tests against the real binary
e2e: build
	cd end2end && JOBINTEL_BIN=$(JOBINTEL_BIN) npx playwright test

## lint: formatting and clippy for the native crates and the wasm entry point
lint: toolchain
	cargo fmt --all -- --check
	cargo clippy -p types -p store -p store-sqlite -p store-mongo -p pipeline -p server -p app --features app/ssr --all-targets -- -D warnings
	cargo clippy -p store-mongo --features live --all-targets -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

fmt:
	cargo fmt --all

clean-data:
	rm -rf data

## eval: score the offline pipeline against the recruiter labels in ../shared/corpus/labels (add ARGS=--verbose)
eval:
	cargo run -q -p server --bin jobintel -- eval $(ARGS)

## load: release build, a 100,000-job database built from the corpus (cached), and wrk against the
## real binary: list, search, fit sort, page 500, a job page, the API, a static file and /health at
## 50 and 200 connections, with memory before and after (add LOAD_ARGS="--soak 600" for a soak run)
load: setup binaryen wrk
	cargo leptos build --release
	$(CARGO_TARGET_DIR)/release/jobintel precompress target/site
	python3 scripts/load.py $(LOAD_ARGS)
