// Fuzzes the JSONL reader (ReadJsonlText) under ASan + UBSan.
#include <cstddef>
#include <cstdint>

#include "core/reader.h"
#include "tests/fuzz/reader_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return FuzzJsonReader(data, size, "fuzz.jsonl", claimcheck::ReadJsonlText);
}
