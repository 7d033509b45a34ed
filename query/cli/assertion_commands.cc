// stancekb show ID | confirm ID | retract ID
#include <CLI/CLI.hpp>
#include <cmath>
#include <limits>

#include "query/assertion_view.h"
#include "query/cli/cli_context.h"

namespace stancekb {
namespace {

// The paragraph (text between blank-free line breaks) around a span, so the
// evidence is read in its context; "" when the document has no text.
std::string ContextOf(const std::string& text, const Span& span) {
  if (span.empty() || span.end > text.size()) return "";
  const size_t begin = text.rfind('\n', span.begin);
  const size_t end = text.find('\n', span.end);
  const size_t from = begin == std::string::npos ? 0 : begin + 1;
  return text.substr(from, (end == std::string::npos ? text.size() : end) - from);
}

nlohmann::json SpanJson(const Span& span) {
  return span.empty() ? nlohmann::json(nullptr) : nlohmann::json::array({span.begin, span.end});
}

double RoundedConfidence(float confidence) { return std::round(confidence * 1000.0) / 1000.0; }

int RunShow(const CliContext& context, AssertionId id) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForRead(&store);
  NameCache names(*store);
  std::vector<AssertionView> views;
  if (s.ok()) s = LoadAssertionViews(*store, &names, {id}, &views);
  if (!s.ok()) return context.Fail(s.IsNotFound() ? Status::NotFound("no assertion " + std::to_string(id)) : s);
  const AssertionView& v = views.front();
  const Assertion& a = v.assertion;
  Document doc;
  const bool has_doc = a.document_id != 0 && store->GetDocument(a.document_id, &doc).ok();
  ResultTable table({"id", "actor", "topic", "stance", "date", "date_precision", "source", "quote", "cue", "confidence",
                     "extractor", "status", "doc", "title", "url", "actor_span", "cue_span", "content_span",
                     "context"});
  char doc_id[17];
  std::snprintf(doc_id, sizeof doc_id, "%016llx", static_cast<unsigned long long>(a.document_id));
  table.AddRow({a.id, v.actor, v.topic, std::string(StanceName(a.stance)), a.date.ToString(),
                std::string(Date::PrecisionName(a.date.precision())), v.source, a.evidence.quote, a.cue,
                RoundedConfidence(a.confidence), a.extractor, std::string(AssertionStatusName(a.status)),
                has_doc ? nlohmann::json(doc_id) : nlohmann::json(nullptr), doc.title, doc.url,
                SpanJson(a.evidence.actor_span), SpanJson(a.evidence.cue_span), SpanJson(a.evidence.content_span),
                doc.text.empty() ? a.evidence.quote : ContextOf(doc.text, a.evidence.content_span)});
  return context.Print(table);
}

int RunSetStatus(const CliContext& context, AssertionId id, AssertionStatus status) {
  std::unique_ptr<Store> store;
  Status s = context.OpenForWrite(&store);
  if (s.ok()) s = store->SetAssertionStatus(id, status);
  if (!s.ok()) return context.Fail(s);
  ResultTable table({"id", "status"});
  table.AddRow({id, std::string(AssertionStatusName(status))});
  return context.Print(table);
}

CLI::Validator AssertionIdCheck() {
  return WholeNumberFromOne("an assertion id: a whole number", std::numeric_limits<int64_t>::max());
}

}  // namespace

void AddAssertionCommands(CLI::App* app, CliContext* context) {
  auto id = std::make_shared<AssertionId>(0);
  CLI::App* show = app->add_subcommand("show", "Show one assertion with its evidence in context");
  AddOptionsWhenRun(show,
                    [show, id] { show->add_option("id", *id, "Assertion id")->required()->check(AssertionIdCheck()); });
  show->callback([context, id] { context->exit_code = RunShow(*context, *id); });

  const std::pair<const char*, AssertionStatus> kCorrections[] = {{"confirm", AssertionStatus::kConfirmed},
                                                                  {"retract", AssertionStatus::kRetracted}};
  for (const auto& [name, status] : kCorrections) {
    CLI::App* sub =
        app->add_subcommand(name, std::string("Mark an assertion as ") + std::string(AssertionStatusName(status)) +
                                      " (queries ignore retracted)");
    auto target = std::make_shared<AssertionId>(0);
    AddOptionsWhenRun(
        sub, [sub, target] { sub->add_option("id", *target, "Assertion id")->required()->check(AssertionIdCheck()); });
    sub->callback([context, target, s = status] { context->exit_code = RunSetStatus(*context, *target, s); });
  }
}

}  // namespace stancekb
