#include "importers/events/cameo_map.h"

#include <filesystem>

#include "importers/common/line_reader.h"
#include "importers/events/tab_fields.h"
#include "importers/lexicon/lexicon.h"

namespace stancekb {
namespace {

constexpr std::string_view kHeader = "code\ttopic\tstance\tname";
constexpr std::string_view kTargetTopic = "@target";

bool IsCameoCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (const char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsSkipped(const std::string& line) {
  return line.empty() || line.front() == '#' || line.find_first_not_of(" \t") == std::string::npos;
}

Status ParseRule(std::string_view topic, std::string_view stance, CameoRule* rule) {
  rule->toward_target = topic == kTargetTopic;
  if (!rule->toward_target) rule->topic = std::string(topic);
  if (!rule->toward_target && !IsKebabCaseId(rule->topic)) {
    return Status::InvalidInput("topic '" + rule->topic + "' is neither a kebab-case id nor @target");
  }
  if (!ParseStance(stance, &rule->stance)) {
    return Status::InvalidInput("stance '" + std::string(stance) + "' is not support, oppose or neutral");
  }
  return Status::Ok();
}

}  // namespace

Status CameoMap::AddRow(const std::vector<std::string_view>& fields) {
  if (fields.size() != 4)
    return Status::InvalidInput("expected 4 tab-separated fields, found " + std::to_string(fields.size()));
  const std::string code(fields[0]);
  if (!IsCameoCode(code)) return Status::InvalidInput("'" + code + "' is not a CAMEO code (2 to 4 digits)");
  names_.emplace(code, std::string(fields[3]));
  const bool no_topic = fields[1].empty() || fields[1] == "-";
  const bool no_stance = fields[2].empty() || fields[2] == "-";
  if (no_topic && no_stance) return Status::Ok();
  if (no_topic || no_stance) return Status::InvalidInput("a rule needs both a topic and a stance");
  CameoRule rule;
  Status s = ParseRule(fields[1], fields[2], &rule);
  if (s.ok()) rules_[code].push_back(std::move(rule));
  return s;
}

Status CameoMap::Load(const std::string& path) {
  std::unique_ptr<LineReader> reader;
  Status s = LineReader::Open(path, &reader);
  if (!s.ok()) return s;
  CameoMap loaded;
  bool header_seen = false;
  std::string line;
  while (reader->Next(&line)) {
    if (IsSkipped(line)) continue;
    if (!header_seen) {
      if (line != kHeader)
        return Status::InvalidInput(
            AtLine(path, reader->line_number(), "expected the header 'code<TAB>topic<TAB>stance<TAB>name'"));
      header_seen = true;
      continue;
    }
    s = loaded.AddRow(SplitTabs(line));
    if (!s.ok()) return Status::InvalidInput(AtLine(path, reader->line_number(), s.message()));
  }
  if (!reader->status().ok()) return reader->status();
  if (!header_seen) return Status::InvalidInput(path + ": no header line; is this a CAMEO map?");
  *this = std::move(loaded);
  return Status::Ok();
}

std::string CameoMap::Name(std::string_view code) const {
  auto it = names_.find(std::string(code));
  return it == names_.end() ? "" : it->second;
}

const std::vector<CameoRule>& CameoMap::RulesFor(std::string_view code) const {
  static const std::vector<CameoRule> kNone;
  for (size_t length = code.size(); length >= 2; --length) {
    auto it = rules_.find(std::string(code.substr(0, length)));
    if (it != rules_.end()) return it->second;
  }
  return kNone;
}

std::string DefaultCameoMapPath() { return (std::filesystem::path(DefaultLexiconDir()) / "cameo-map.tsv").string(); }

}  // namespace stancekb
