# The two commands of the README: `make demo` and `make test`.
# Both install what is missing (scripts/install-deps.sh), then build.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_OUT ?= demo-report
CLAIMCHECK := build/release/cli/claimcheck
DEMO_INPUTS := $(filter-out fixtures/demo/expected.json %.meta.json,$(sort $(wildcard fixtures/demo/*)))

.PHONY: all deps build demo test asan fuzz bench bench-quick format clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)

demo: build
	@mkdir -p $(DEMO_OUT)
	@# The demo folder's expected.json is the regression case, not an article.
	$(CLAIMCHECK) check --format json -o $(DEMO_OUT)/report.json $(DEMO_INPUTS)
	$(CLAIMCHECK) check --format markdown -o $(DEMO_OUT)/report.md $(DEMO_INPUTS)
	$(CLAIMCHECK) check --format html -o $(DEMO_OUT)/report.html $(DEMO_INPUTS)
	$(CLAIMCHECK) graph --format svg -o $(DEMO_OUT)/graph.svg $(DEMO_INPUTS)
	@echo "demo: reports written to $(DEMO_OUT)/ (report.json, report.md, report.html, graph.svg)"

test: build
	ctest --preset release

# The same tests under AddressSanitizer + UndefinedBehaviorSanitizer.
asan: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan

# libFuzzer targets (clang, ASan + UBSan), FUZZ_SECONDS each (default 50);
# fails on any crash, leak or hang. docs/robustness.md.
FUZZ_SECONDS ?= 50
fuzz: deps
	cmake --preset fuzz
	cmake --build --preset fuzz --target fuzzers -j $(JOBS)
	bash tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

bench: build
	bash tests/bench/run.sh

bench-quick: build
	bash tests/bench/run.sh --quick

format:
	clang-format -i core/*.h core/*.cc rules/*.h rules/*.cc cli/*.cc tests/*.cc tests/fuzz/*.cc tests/fuzz/*.h

clean:
	rm -rf build $(DEMO_OUT)
