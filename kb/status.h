// Status: the result of an operation that can fail, modelled on LevelDB's.
// A Status is either ok() or carries a code and a one-line message meant for
// the user (it names the file, line or key involved). Functions in kb/,
// importers/ and query/ return Status instead of throwing; exceptions from
// libraries are caught at the boundary and turned into a Status.
//
// The class is [[nodiscard]], so every function that returns a Status by
// value warns when its caller drops the result (-Wunused-result, an error in
// this project's build): an unchecked failure would lose data silently. Where
// dropping one is right, say why and cast it to void.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace stancekb {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidInput, kCorruption, kIoError, kBusy, kUnsupported };

  Status() = default;

  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  // The database is held by another writer.
  static Status Busy(std::string msg) { return Status(Code::kBusy, std::move(msg)); }
  // E.g. a database written by a newer format version.
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsInvalidInput() const { return code_ == Code::kInvalidInput; }
  bool IsBusy() const { return code_ == Code::kBusy; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK" or the message prefixed by nothing: messages are written to be shown as is.
  std::string ToString() const { return ok() ? "OK" : message_; }

  // Returns a copy whose message is "prefix: message".
  Status WithPrefix(std::string_view prefix) const {
    if (ok()) return *this;
    return Status(code_, std::string(prefix) + ": " + message_);
  }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace stancekb
