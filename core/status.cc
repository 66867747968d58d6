#include "core/status.h"

namespace claimcheck {

std::string Status::ToString() const {
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kInvalidArgument:
      return "invalid argument: " + message_;
    case Code::kNotFound:
      return "not found: " + message_;
    case Code::kIOError:
      return "I/O error: " + message_;
    case Code::kCorrupt:
      return "corrupt input: " + message_;
  }
  return message_;
}

std::string InputError::ToString() const {
  std::string out = path;
  if (line > 0) out += ":" + std::to_string(line);
  out += ": " + message;
  return out;
}

}  // namespace claimcheck
