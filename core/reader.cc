// STUB: replaced by the real readers.
#include "core/reader.h"

namespace claimcheck {

ReadResult ReadInputs(const std::vector<std::string>&, const ReadOptions&,
                      std::istream*) {
  return {};
}
void ReadJsonText(std::string_view, const std::string&, const ReadOptions&, ReadResult*) {}
void ReadJsonlText(std::string_view, const std::string&, const ReadOptions&, ReadResult*) {}
void ReadPlainText(std::string_view, const std::string&, std::string_view, ReadResult*) {}
void ReadHtmlText(std::string_view, const std::string&, ReadResult*) {}
std::optional<Dateline> ParseDateline(std::string_view) { return std::nullopt; }

}  // namespace claimcheck
