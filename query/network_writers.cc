#include "query/network_writers.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <boost/property_tree/detail/xml_parser_utils.hpp>
#include <string_view>

namespace stancekb {
namespace {

using std::string_view_literals::operator""sv;

// Text is handed to the stream in pieces of about this size: one write per
// piece instead of one per field of millions of edges.
constexpr size_t kFlushBytes = 1 << 20;

// A writer's text, handed to the stream whenever a piece is full.
class Output {
 public:
  explicit Output(std::ostream* out) : out_(out) {}
  std::string& text() { return text_; }
  void FlushIfFull() {
    if (text_.size() >= kFlushBytes) Flush();
  }
  void Flush() {
    out_->write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
    out_->flush();
  }

 private:
  std::ostream* out_;
  std::string text_;
};

// Whether `value` is printable ASCII, the common case that needs no scan
// for what XML 1.0 forbids.
bool IsPlainAscii(const std::string& value) {
  return std::all_of(value.begin(), value.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

// Text as XML 1.0 allows it: invalid UTF-8 and the characters XML forbids
// (C0 controls other than tab, newline and carriage return; U+FFFE and
// U+FFFF) become U+FFFD. Importers refuse such names, but a database
// written before they did may hold any bytes, and an export must stay valid.
std::string XmlText(const std::string& value) {
  if (IsPlainAscii(value)) return value;
  const auto* bytes = reinterpret_cast<const uint8_t*>(value.data());
  const auto length = static_cast<int32_t>(value.size());
  std::string out;
  out.reserve(value.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const bool allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    if (allowed) {
      out.append(value, static_cast<size_t>(start), static_cast<size_t>(i - start));
    } else {
      out.append("\xEF\xBF\xBD");  // U+FFFD REPLACEMENT CHARACTER
    }
  }
  return out;
}

// Whether `value` is written as it is: printable ASCII without XML's
// special characters, and not all spaces (which Boost's encoding writes as
// entities). The common case, tested in one pass.
bool NeedsNoEncoding(const std::string& value) {
  bool all_spaces = !value.empty();
  for (char c : value) {
    if (c < 0x20 || c >= 0x7F || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') return false;
    all_spaces = all_spaces && c == ' ';
  }
  return !all_spaces;
}

// Appends `value` with XML's special characters as entities (Boost's own
// encoding, so that the output is the text its write_graphml gives).
void AppendXml(const std::string& raw, std::string* text) {
  if (NeedsNoEncoding(raw)) {
    *text += raw;
    return;
  }
  *text += boost::property_tree::xml_parser::encode_char_entities(XmlText(raw));
}

// What a <data> element holds: any text, or decimal numbers and spaces
// only (edges' assertion ids and weights), which XML takes as they are and
// which are then not scanned: ids are most of a large network's text.
enum class DataText { kAny, kNumbers };

void AppendData(std::string_view key, const std::string& value, std::string* text, DataText kind = DataText::kAny) {
  *text += "      <data key=\""sv;
  *text += key;
  *text += "\">"sv;
  if (kind == DataText::kNumbers) {
    *text += value;
  } else {
    AppendXml(value, text);
  }
  *text += "</data>\n"sv;
}

class GraphmlWriter : public NetworkWriter {
 public:
  explicit GraphmlWriter(std::ostream* out) : out_(out) {}

  // The keys in the order Boost.Graph's dynamic properties list them (by
  // name); key ids as it numbers them.
  void Nodes(const std::vector<ActorNode>& nodes) override {
    std::string& text = out_.text();
    text +=
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        "  <key id=\"key0\" for=\"edge\" attr.name=\"ids\" attr.type=\"string\" />\n"
        "  <key id=\"key1\" for=\"node\" attr.name=\"kind\" attr.type=\"string\" />\n"
        "  <key id=\"key2\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\" />\n"
        "  <key id=\"key3\" for=\"node\" attr.name=\"label\" attr.type=\"string\" />\n"
        "  <key id=\"key4\" for=\"node\" attr.name=\"statements\" attr.type=\"int\" />\n"
        "  <key id=\"key5\" for=\"node\" attr.name=\"topics\" attr.type=\"int\" />\n"
        "  <key id=\"key6\" for=\"edge\" attr.name=\"topics\" attr.type=\"string\" />\n"
        "  <key id=\"key7\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\" />\n"
        "  <key id=\"key8\" for=\"node\" attr.name=\"wikidata\" attr.type=\"string\" />\n"
        "  <graph id=\"G\" edgedefault=\"undirected\" parse.nodeids=\"canonical\" parse.edgeids=\"canonical\" "
        "parse.order=\"nodesfirst\">\n";
    for (size_t i = 0; i < nodes.size(); ++i) {
      text += "    <node id=\"n" + std::to_string(i) + "\">\n";
      AppendData("key1", nodes[i].kind, &text);
      AppendData("key3", nodes[i].label, &text);
      AppendData("key4", std::to_string(nodes[i].statements), &text);
      AppendData("key5", std::to_string(nodes[i].topics), &text);
      AppendData("key8", nodes[i].wikidata, &text);
      text += "    </node>\n";
      out_.FlushIfFull();
    }
  }

  void Edge(size_t source, size_t target, const RelationEdge& edge) override {
    std::string& text = out_.text();
    text += "    <edge id=\"e"sv;
    text += std::to_string(edges_++);
    text += "\" source=\"n"sv;
    text += std::to_string(source);
    text += "\" target=\"n"sv;
    text += std::to_string(target);
    text += "\">\n"sv;
    AppendData("key0", edge.ids, &text, DataText::kNumbers);
    AppendData("key2", edge.kind, &text);
    AppendData("key6", edge.topics, &text);
    AppendData("key7", std::to_string(edge.weight), &text, DataText::kNumbers);
    text += "    </edge>\n"sv;
    out_.FlushIfFull();
  }

  void Finish() override {
    out_.text() += "  </graph>\n</graphml>\n";
    out_.Flush();
  }

 private:
  Output out_;
  size_t edges_ = 0;
};

// Whether DOT takes `id` unquoted: a letter or '_' followed by word
// characters, or a number. Boost's escape_dot_string tests this with a
// regular expression per value, too slow for millions of edges.
bool PlainDotId(const std::string& id) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!id.empty() && letter(id[0])) {
    return std::all_of(id.begin(), id.end(), [&](char c) { return letter(c) || digit(c); });
  }
  size_t i = !id.empty() && id[0] == '-' ? 1 : 0;
  const size_t digits_before = std::find_if_not(id.begin() + i, id.end(), digit) - (id.begin() + i);
  i += digits_before;
  if (i == id.size()) return digits_before > 0;
  if (id[i] != '.') return false;
  return std::all_of(id.begin() + i + 1, id.end(), digit);
}

// Quoted DOT strings escape '"' (as Boost does) and double a backslash, or
// a name ending in one would escape the closing quote; text is made valid
// as for GraphML.
void AppendDotId(const std::string& id, std::string* text) {
  if (PlainDotId(id)) {
    *text += id;
    return;
  }
  *text += '"';
  for (char c : XmlText(id)) {
    if (c == '"' || c == '\\') *text += '\\';
    *text += c;
  }
  *text += '"';
}

void AppendDotAttribute(const char* name, const std::string& value, bool first, std::string* text) {
  *text += first ? " [" : ", ";
  *text += name;
  *text += '=';
  AppendDotId(value, text);
}

class DotWriter : public NetworkWriter {
 public:
  explicit DotWriter(std::ostream* out) : out_(out) {}

  void Nodes(const std::vector<ActorNode>& nodes) override {
    std::string& text = out_.text();
    text += "graph G {\n";
    for (size_t i = 0; i < nodes.size(); ++i) {
      text += std::to_string(i);
      AppendDotAttribute("kind", nodes[i].kind, true, &text);
      AppendDotAttribute("label", nodes[i].label, false, &text);
      AppendDotAttribute("statements", std::to_string(nodes[i].statements), false, &text);
      AppendDotAttribute("topics", std::to_string(nodes[i].topics), false, &text);
      AppendDotAttribute("wikidata", nodes[i].wikidata, false, &text);
      text += "];\n";
      out_.FlushIfFull();
    }
  }

  void Edge(size_t source, size_t target, const RelationEdge& edge) override {
    std::string& text = out_.text();
    text += std::to_string(source) + "--" + std::to_string(target) + " ";
    AppendDotAttribute("color", edge.kind == "conflict" ? "red" : "darkgreen", true, &text);
    AppendDotAttribute("ids", edge.ids, false, &text);
    AppendDotAttribute("kind", edge.kind, false, &text);
    AppendDotAttribute("topics", edge.topics, false, &text);
    AppendDotAttribute("weight", std::to_string(edge.weight), false, &text);
    text += "];\n";
    out_.FlushIfFull();
  }

  void Finish() override {
    out_.text() += "}\n";
    out_.Flush();
  }

 private:
  Output out_;
};

class EdgeListWriter : public NetworkWriter {
 public:
  // Without a stream the rows are kept for table().
  EdgeListWriter(OutputFormat format, std::ostream* out)
      : format_(format),
        out_(out),
        table_({"source", "target", "kind", "weight", "topics", "ids", "source_wikidata", "target_wikidata"}) {
    if (out_ != nullptr) table_.StreamTo(format, out);
  }

  void Nodes(const std::vector<ActorNode>& nodes) override { nodes_ = nodes; }

  void Edge(size_t source, size_t target, const RelationEdge& e) override {
    const ActorNode& a = nodes_[source];
    const ActorNode& b = nodes_[target];
    table_.AddRow({a.label, b.label, e.kind, e.weight, e.topics, e.ids, a.wikidata, b.wikidata});
  }

  void Finish() override {
    table_.Finish(format_, *out_);
    out_->flush();
  }

  ResultTable& table() { return table_; }

 private:
  OutputFormat format_;
  std::ostream* out_;
  ResultTable table_;
  std::vector<ActorNode> nodes_;
};

}  // namespace

std::unique_ptr<NetworkWriter> NewGraphmlWriter(std::ostream* out) { return std::make_unique<GraphmlWriter>(out); }

std::unique_ptr<NetworkWriter> NewDotWriter(std::ostream* out) { return std::make_unique<DotWriter>(out); }

std::unique_ptr<NetworkWriter> NewEdgeListWriter(OutputFormat format, std::ostream* out) {
  return std::make_unique<EdgeListWriter>(format, out);
}

void WriteGraphml(const ActorNetwork& network, std::ostream& out) {
  GraphmlWriter writer(&out);
  VisitNetwork(network, &writer);
  writer.Finish();
}

void WriteDot(const ActorNetwork& network, std::ostream& out) {
  DotWriter writer(&out);
  VisitNetwork(network, &writer);
  writer.Finish();
}

ResultTable EdgeTable(const ActorNetwork& network) {
  EdgeListWriter writer(OutputFormat::kCsv, nullptr);
  VisitNetwork(network, &writer);
  return std::move(writer.table());
}

}  // namespace stancekb
