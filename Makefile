# Switchboard: `make run` and `make test` do all set-up on a fresh Debian/Ubuntu machine.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/switchboard
FORMAT_PATHS := Package.swift Sources Tests Fuzz/Package.swift Fuzz/Sources

.PHONY: run test build deps test-deps bench format lint transcripts clean fuzz

## Installs the system libraries the build needs when they are missing (libedit-dev).
deps:
	@pkg-config --exists libedit 2>/dev/null || { \
	  echo "make: installing libedit-dev (apt-get)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev; }

## Tools the end-to-end tests drive: tmux (line editor), headless Chromium (HTML report), python3.
TEST_TOOLS := tmux:tmux chromium:chromium python3:python3
test-deps: deps
	@missing=""; for pair in $(TEST_TOOLS); do \
	  command -v "$${pair%%:*}" >/dev/null 2>&1 || missing="$$missing $${pair##*:}"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing$$missing (apt-get)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; fi

build: deps
	$(SWIFT) build --product switchboard

## Builds and opens the console on the embedded SQLite database with the demo company.
run: build
	@$(BIN) $(ARGS)

## Seconds the test run may take once built; a hung test fails the run instead of stalling it.
TEST_TIMEOUT ?= 900

## Lint, the repository's transcripts, then unit and end-to-end tests. The transcripts run again,
## each on a database of its own on a throwaway PostgreSQL server (Scripts/with-postgres.sh:
## installed when missing, started in a temporary folder on a loopback port, stopped afterwards),
## and the tests run with that server, so the store conformance suite and the PostgreSQL
## end-to-end tests run on a real server.
## The fuzz targets are type-checked against the build (about a second of CPU), not built or
## run (`make fuzz`).
test: test-deps lint
	$(SWIFT) build
	$(BIN) test -j 2 Tests/Transcripts
	$(SWIFT) build --build-tests
	Fuzz/typecheck.sh
	Scripts/with-postgres.sh sh -c '$(BIN) test -j 2 --db "$$SWITCHBOARD_TEST_POSTGRES" Tests/Transcripts/*.chat \
	  && timeout --kill-after=15 $(TEST_TIMEOUT) $(SWIFT) test --skip-build'

lint:
	$(SWIFT) format lint --strict --recursive $(FORMAT_PATHS)

format:
	$(SWIFT) format --in-place --recursive $(FORMAT_PATHS)

## Release builds link the Swift runtime and Foundation statically: the dynamic linker then binds
## only the system libraries, which takes about a third off the start-up (see DEVELOPERS.md).
RELEASE := -c release --static-swift-stdlib

## Speed and memory figures, from a release build.
bench: deps
	$(SWIFT) build $(RELEASE) --product switchboard
	$(SWIFT) build $(RELEASE) --product switchboard-bench
	@Scripts/bench.sh

## Seconds each fuzz target runs in `make fuzz`.
FUZZ_SECONDS ?= 60

## libFuzzer + AddressSanitizer targets of Fuzz/ (a package of its own, built in .build-fuzz),
## each for FUZZ_SECONDS from Fuzz/Corpus; not part of `make test` (DEVELOPERS.md, "Fuzzing").
fuzz: deps
	SWIFT="$(SWIFT)" FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh

clean:
	rm -rf .build
