# Viaduct's build and test entry points. `make test` is the one command that
# CI (.ci/run) and a new contributor run; it needs nothing but Go.

GO        ?= go
FUZZTIME  ?= 3000x
PKGS      := ./...

.PHONY: all build test check vet fmt js-deps unit fuzz bench vectors clean stress

all: build

build:
	$(GO) build -o bin/viaduct ./cmd/viaduct

# test: static checks, every unit and end-to-end test, then each fuzz target briefly.
# The end-to-end tests run against geth --dev (built from go.mod's go tool
# entry) by default; VIADUCT_E2E_L1=embedded runs them on the embedded L1.
test: check js-deps unit fuzz

check: fmt vet

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go') | grep -Ev '^contracts/(bindings|testbindings)/' || true); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

# js-deps installs the ethers/viem client tests' packages (e2e/js, exact
# versions from its package-lock.json) when npm is present; without it
# TestJSClients skips, unless VIADUCT_E2E_JS=require (CI) makes it fail.
js-deps:
	@if command -v npm >/dev/null 2>&1; then \
	  cd e2e/js && npm ci --no-audit --no-fund; \
	else \
	  echo "npm not found: the JavaScript client tests (e2e/js) will be skipped"; \
	fi

# The e2e package builds geth on its first run (several minutes on a small
# machine, cached after) and runs whole networks: more than go test's default
# 10-minute limit per package.
unit:
	$(GO) test -count=1 -timeout 45m $(PKGS)

# fuzz runs every native fuzz target for FUZZTIME each (go test allows one target per run).
# FUZZTIME is a count, not a duration: a duration races the fuzz coordinator's deadline
# on a loaded machine (golang/go#75804, unfixed in go1.26) and fails with "context
# deadline exceeded" although no input failed.
fuzz:
	@set -e; for pkg in $$($(GO) list $(PKGS)); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$t ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

# stress runs the packages with timing-sensitive tests STRESS_RUNS times
# each (the e2e package on the embedded L1 STRESS_E2E_RUNS times) while CPU
# burners keep every core busy, and reports each test's failures out of its
# runs; the output of a failed run is kept (docs/testing.md).
STRESS_RUNS     ?= 20
STRESS_E2E_RUNS ?= 5
STRESS_PKGS     ?= ./node ./batcher ./derive ./l1 ./channel ./light ./contracts/rollup ./contracts/fraud
stress:
	$(GO) run ./internal/stress -runs $(STRESS_RUNS) -env VIADUCT_E2E_L1=embedded $(STRESS_PKGS) ./e2e:$(STRESS_E2E_RUNS)

# bench runs the Go benchmarks; see docs/performance.md for the figures and the machine.
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

# vectors regenerates the JSON test vectors under testdata/ from the Go core.
vectors:
	$(GO) run ./internal/vectorgen -out testdata/vectors

clean:
	rm -rf bin

# --- Solidity contracts -------------------------------------------------------
# contracts compiles contracts/src and contracts/test with the solc pinned in
# contracts/package-lock.json (needs Node.js and npm) and regenerates the Go
# bindings with abigen, a `go tool` entry of go.mod. The artifacts and bindings
# are committed, so `go build` and `go test` never need Node.js.
#   contracts/artifacts/<Name>.{abi,bin}       -> contracts/bindings/<name>.go      (package bindings)
#   contracts/artifacts/<Name>.abi alone       -> the same, without deployment (an interface: IERC20Metadata)
#   contracts/artifacts/test/<Name>.{abi,bin}  -> contracts/testbindings/<name>.go  (package testbindings)
# contracts-check regenerates everything and fails if the result differs from
# what is committed (CI runs it, see .ci/run).
.PHONY: contracts contracts-check

contracts:
	cd contracts && npm ci --no-audit --no-fund && node compile.js
	@set -e; \
	gen() { \
	  art=$$1; out=$$2; pkg=$$3; \
	  mkdir -p $$out; \
	  for f in $$(grep -l '^// Code generated - DO NOT EDIT' $$out/*.go 2>/dev/null); do rm -f $$f; done; \
	  for abi in $$(ls $$art/*.abi 2>/dev/null | LC_ALL=C sort); do \
	    name=$$(basename $$abi .abi); \
	    lower=$$(echo $$name | tr 'A-Z' 'a-z'); \
	    echo "abigen $$abi -> $$out/$$lower.go"; \
	    bin=""; if [ -f $$art/$$name.bin ]; then bin="--bin $$art/$$name.bin"; fi; \
	    $(GO) tool abigen --v2 --abi $$abi $$bin --pkg $$pkg --type $$name --out $$out/$$lower.go; \
	  done; \
	}; \
	gen contracts/artifacts contracts/bindings bindings; \
	gen contracts/artifacts/test contracts/testbindings testbindings

contracts-check: contracts
	@if [ -n "$$(git status --porcelain --untracked-files=all contracts/)" ]; then \
	  echo "contracts/: compiled artifacts or bindings differ from the sources; run 'make contracts' and commit the result:"; \
	  git status --porcelain --untracked-files=all contracts/; \
	  exit 1; \
	fi; \
	echo "contracts/: artifacts and bindings match the sources"
