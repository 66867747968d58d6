// Invariant checks for the fuzz targets: a broken invariant aborts, so
// libFuzzer records the input as a crash.
#ifndef CLAIMCHECK_TESTS_FUZZ_FUZZ_CHECK_H_
#define CLAIMCHECK_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                              \
  do {                                                                \
    if (!(cond)) {                                                    \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, \
                   __LINE__, #cond);                                  \
      std::abort();                                                   \
    }                                                                 \
  } while (0)

#endif  // CLAIMCHECK_TESTS_FUZZ_FUZZ_CHECK_H_
