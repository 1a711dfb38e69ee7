# Viaduct's build and test entry points. `make test` is the one command that
# CI (.ci/run) and a new contributor run; it needs nothing but Go.

GO        ?= go
FUZZTIME  ?= 5s
PKGS      := ./...

.PHONY: all build test check vet fmt unit fuzz bench vectors clean

all: build

build:
	$(GO) build -o bin/viaduct ./cmd/viaduct

# test: static checks, every unit and end-to-end test, then each fuzz target briefly.
test: check unit fuzz

check: fmt vet

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go') | grep -v '^contracts/bindings/' || true); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

unit:
	$(GO) test -count=1 $(PKGS)

# fuzz runs every native fuzz target for FUZZTIME each (go test allows one target per run).
fuzz:
	@set -e; for pkg in $$($(GO) list $(PKGS)); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$t ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

# bench runs the Go benchmarks; see docs/performance.md for the figures and the machine.
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

# vectors regenerates the JSON test vectors under testdata/ from the Go core.
vectors:
	$(GO) run ./internal/vectorgen -out testdata/vectors

clean:
	rm -rf bin
