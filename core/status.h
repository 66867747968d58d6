// Status: the error value used across claimcheck (modelled on LevelDB's).
//
//   Status s = ReadInputs(paths, &docs);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
//
// The library never lets an exception escape; functions that can fail return
// a Status and fill out-parameters.
#ifndef CLAIMCHECK_CORE_STATUS_H_
#define CLAIMCHECK_CORE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace claimcheck {

class Status {
 public:
  enum class Code { kOk = 0, kInvalidArgument, kNotFound, kIOError, kCorrupt };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }
  static Status IOError(std::string msg) {
    return Status(Code::kIOError, std::move(msg));
  }
  static Status Corrupt(std::string msg) {
    return Status(Code::kCorrupt, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK" or "<code name>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// One problem with one input: where it is and what is wrong. Collected, never
// thrown; the rest of the input is still processed. `line` is 0 when the
// problem is not tied to a line (an unreadable file, say).
struct InputError {
  std::string path;
  int line = 0;
  std::string message;
  // "path:line: message" (or "path: message" when line is 0).
  std::string ToString() const;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_STATUS_H_
