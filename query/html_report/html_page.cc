#include "query/html_report/html_page.h"

#include <algorithm>
#include <functional>
#include <unordered_set>

#include "query/html_report/markup.h"
#include "query/html_report/network_chart.h"
#include "query/html_report/page_assets.h"
#include "query/html_report/polarization_chart.h"
#include "query/html_report/timeline_chart.h"

namespace stancekb {
namespace {

constexpr double kAxisLeft = 210;  // Room for the actors' names.
constexpr double kAxisWidth = 830;
constexpr double kNetworkWidth = 640;
constexpr double kNetworkHeight = 460;

using Json = nlohmann::json;
using MarkIds = std::unordered_set<AssertionId>;  // The assertions with a mark on the page.

// Cells of a ResultTable row by column name.
class Row {
 public:
  Row(const ResultTable& table, const std::vector<Json>& cells) : table_(table), cells_(cells) {}
  const Json& operator[](const std::string& column) const {
    const auto& columns = table_.columns();
    return cells_.at(std::find(columns.begin(), columns.end(), column) - columns.begin());
  }
  std::string Text(const std::string& column) const { return CellText((*this)[column]); }

 private:
  const ResultTable& table_;
  const std::vector<Json>& cells_;
};

std::string IdList(const Json& ids) {
  std::string text;
  for (const Json& id : ids) text += (text.empty() ? "" : " ") + std::to_string(id.get<AssertionId>());
  return text;
}

void AppendStance(const std::string& stance, std::string* html) {
  *html += "<span class=\"stance " + Escaped(stance) + "\">" + Escaped(stance) + "</span>";
}

// The deciding assertions of one side: a link to each one's mark (plain text
// for one dated before the range, which has none), its quote and source.
void AppendEvidence(const Json& ids, const Json& quotes, const Json& sources, const MarkIds& marks, std::string* html) {
  for (size_t i = 0; i < ids.size(); ++i) {
    const AssertionId number = ids[i].get<AssertionId>();
    const std::string id = std::to_string(number);
    *html += "<div class=\"ev\">";
    if (marks.contains(number)) {
      *html += "<a class=\"ref\" href=\"#m" + id + "\">#" + id + "</a> <q>";
    } else {
      *html += "<span class=\"ref\" title=\"before the range: no mark\">#" + id + "</span> <q>";
    }
    AppendEscaped(CellText(quotes.at(i)), html);
    *html += "</q> <span class=\"src\">— ";
    AppendEscaped(CellText(sources.at(i)), html);
    *html += "</span></div>";
  }
}

void AppendMore(size_t rows, const std::string& command, std::string* html) {
  if (rows <= kMaxTableRows) return;
  *html +=
      "<p class=\"more\">The first " + std::to_string(kMaxTableRows) + " of " + std::to_string(rows) + " rows; <code>";
  AppendEscaped(command, html);
  *html += "</code> lists them all.</p>";
}

// The command-line filters that reproduce a table of this topic.
std::string Filters(const ReportData& data, const TopicReport& topic, bool as_of) {
  std::string text = " --topic " + topic.topic.key;
  if (data.query.from.valid()) text += " --from " + data.query.from.ToString();
  text += as_of && !data.query.from.valid() ? " --at " : " --to ";
  return text + data.at.ToString();
}

// One of the topic's tables: a heading, then up to kMaxTableRows rows, each
// citing the assertions of its two id columns; `cells` appends a row's <td>s.
struct TableSpec {
  std::string heading;
  std::string css_class;
  std::string empty_note;
  std::string header_cells;
  std::string ids_columns[2];
  std::string command;  // Lists every row.
};

void AppendTable(const TableSpec& spec, const ResultTable& table,
                 const std::function<void(const Row&, std::string*)>& cells, std::string* html) {
  *html += "<h3>" + spec.heading + "</h3>";
  if (table.rows().empty()) {
    *html += "<p class=\"note\">" + spec.empty_note + "</p>";
    return;
  }
  *html += "<table class=\"" + spec.css_class + "\"><tr>" + spec.header_cells + "</tr>";
  for (size_t i = 0; i < std::min(table.rows().size(), kMaxTableRows); ++i) {
    const Row row(table, table.rows()[i]);
    *html += "<tr data-ids=\"" + IdList(row[spec.ids_columns[0]]) + " " + IdList(row[spec.ids_columns[1]]) + "\">";
    cells(row, html);
    *html += "</tr>";
  }
  *html += "</table>";
  AppendMore(table.rows().size(), spec.command, html);
}

void AppendChanges(const ReportData& data, const TopicReport& topic, const MarkIds& marks, std::string* html) {
  const TableSpec spec{"4. Position changes",
                       "changes",
                       "No position changes in range.",
                       "<th>date</th><th>actor</th><th>change</th><th>before</th><th>after</th>"
                       "<th title=\"the actor's changes and flip-flops on this topic\">changes / flips</th>",
                       {"from_ids", "to_ids"},
                       "stancekb changes" + Filters(data, topic, false)};
  AppendTable(
      spec, topic.changes,
      [&marks](const Row& row, std::string* out) {
        *out += "<td>" + Escaped(row.Text("to_date")) + "</td><td>" + Escaped(row.Text("actor")) + "</td><td>";
        AppendStance(row.Text("from_stance"), out);
        *out += " → ";
        AppendStance(row.Text("to_stance"), out);
        *out += "</td><td><div class=\"src\">" + Escaped(row.Text("from_date")) + "</div>";
        AppendEvidence(row["from_ids"], row["from_quotes"], row["from_sources"], marks, out);
        *out += "</td><td>";
        AppendEvidence(row["to_ids"], row["to_quotes"], row["to_sources"], marks, out);
        *out += "</td><td>" + row.Text("changes") + " / " + row.Text("flip_flops") + "</td>";
      },
      html);
}

void AppendDisagreements(const ReportData& data, const TopicReport& topic, const MarkIds& marks, std::string* html) {
  const TableSpec spec{"Disagreements as of " + data.at.ToString(),
                       "disagreements",
                       "Nobody supports what another opposes.",
                       "<th>actor</th><th>stance</th><th>evidence</th><th>actor</th><th>stance</th><th>evidence</th>",
                       {"ids_a", "ids_b"},
                       "stancekb disagree" + Filters(data, topic, true)};
  AppendTable(
      spec, topic.disagreements,
      [&marks](const Row& row, std::string* out) {
        for (const std::string side : {"a", "b"}) {
          *out += "<td>" + Escaped(row.Text("actor_" + side)) + "</td><td>";
          AppendStance(row.Text("stance_" + side), out);
          *out += "<div class=\"src\">" + Escaped(row.Text("date_" + side)) + "</div></td><td>";
          AppendEvidence(row["ids_" + side], row["quotes_" + side], row["sources_" + side], marks, out);
          *out += "</td>";
        }
      },
      html);
}

void AppendTimeline(const TopicReport& topic, const TimeAxis& axis, std::string* html) {
  *html +=
      "<h3>1. Stance timelines</h3><p class=\"legend\">"
      "<span class=\"sw first support\" style=\"background:#0072b2\"></span>support"
      "<span class=\"sw\" style=\"background:#d55e00\"></span>oppose"
      "<span class=\"sw\" style=\"background:#8c8c8c\"></span>neutral"
      "<span class=\"sw mixedday\"></span>mixed day (support and oppose)"
      "<span class=\"sw change\"></span>position change</p>";
  if (topic.folded) {
    *html += "<p class=\"note\">The " + std::to_string(topic.rows.size() - 1) + " most active of " +
             std::to_string(topic.actor_count) +
             " actors have a row each; the others share the last row. Network and tables cover the drawn "
             "actors.</p>";
  }
  *html += "<div class=\"scroll\">" + TimelineSvg(topic, axis, LayOutTimeline(topic, axis)) + "</div>";
}

void AppendBlocLegend(const ResultTable& blocs, std::string* html) {
  *html +=
      "<div class=\"blocs\"><p class=\"legend\"><span class=\"sw line first\" style=\"background:#009e73\">"
      "</span>agree <span class=\"sw line\" style=\"background:#d55e00\"></span>disagree</p>";
  if (blocs.rows().empty()) {
    *html += "<p class=\"note\">No blocs: no two actors agree without a conflict between them.</p></div>";
    return;
  }
  *html += "<ul>";
  for (const auto& cells : blocs.rows()) {
    const Row row(blocs, cells);
    const int number = row["bloc"].get<int>();
    *html += "<li data-ids=\"" + IdList(row["ids"]) +
             "\"><span class=\"sw first\" style=\"background:" + BlocColour(number) + "\"></span><b>Bloc " +
             std::to_string(number) + "</b>: " + Escaped(row.Text("members"));
    if (!row["shared_members"].empty()) *html += " (shared: " + Escaped(row.Text("shared_members")) + ")";
    *html += "<br><span class=\"src\">" + Escaped(row.Text("positions")) + "</span></li>";
  }
  *html += "</ul></div>";
}

void AppendNetwork(const ReportData& data, const TopicReport& topic, std::string* html) {
  *html += "<h3>2. Agreement network <small>as of " + data.at.ToString() + "</small></h3>";
  const ActorNetwork& network = topic.network;
  if (boost::num_vertices(network) == 0) {
    *html += "<p class=\"note\">No actor takes a stance.</p>";
    return;
  }
  const NetworkLayout layout = LayOutNetwork(network, kNetworkWidth, kNetworkHeight);
  *html += "<div class=\"netwrap\">" + NetworkSvg(network, layout, BlocsOfVertices(network, topic.blocs));
  AppendBlocLegend(topic.blocs, html);
  *html += "</div>";
}

void AppendPolarization(const TopicReport& topic, const TimeAxis& axis, std::string* html) {
  *html +=
      "<h3>3. Polarization</h3><p class=\"note\">Of the pairs of actors who both take a side (support or "
      "oppose) at the end of each month, the share on opposite sides; every actor of the topic counts.</p>";
  *html += "<div class=\"scroll\">" +
           PolarizationSvg(topic.polarization, axis, LayOutPolarization(topic.polarization, axis)) + "</div>";
}

void AppendTopic(const ReportData& data, const TopicReport& topic, std::string* html) {
  const TopicReport& t = topic;
  *html += "<section class=\"topic\" id=\"t-" + Escaped(t.topic.key) + "\" data-topic=\"" + Escaped(t.topic.key) +
           "\"><h2>" + Escaped(t.topic.label.empty() ? t.topic.key : t.topic.label) + "<code>" + Escaped(t.topic.key) +
           "</code></h2>";
  *html += "<p class=\"summary\">" + std::to_string(t.statements.size()) + " statements by " +
           std::to_string(t.actor_count) + " actors</p>";
  const TimeAxis axis(data.first, data.last, kAxisLeft, kAxisWidth);
  *html += "<div class=\"part\" data-part=\"timelines\">";
  AppendTimeline(t, axis, html);
  *html += "</div><div class=\"part\" data-part=\"network\">";
  AppendNetwork(data, t, html);
  *html += "</div><div class=\"part\" data-part=\"polarization\">";
  AppendPolarization(t, axis, html);
  *html += "</div><div class=\"part\" data-part=\"tables\">";
  MarkIds marks;
  for (const AssertionView& view : t.statements) marks.insert(view.assertion.id);
  AppendChanges(data, t, marks, html);
  AppendDisagreements(data, t, marks, html);
  *html += "</div></section>";
}

void AppendHeader(const ReportData& data, std::string* html) {
  const ReportQuery& q = data.query;
  *html += "<header><h1>stancekb report</h1><p class=\"filters\">";
  *html += data.first.ToString() + " to " + data.last.ToString() + " · stances as of " + data.at.ToString() + " · ";
  if (q.actors.empty()) {
    *html += "each topic's " + std::to_string(q.top) + " most active actors drawn";
  } else {
    *html += std::to_string(q.actors.size()) + " actors named";
  }
  *html +=
      "</p><p class=\"note\">Hover over a mark for its evidence; click it to keep it open. Table rows, network "
      "edges and change flags highlight the marks they cite.</p>";
  if (data.topics.size() > 1) {
    *html += "<nav>";
    for (const TopicReport& t : data.topics) {
      *html += "<a href=\"#t-" + Escaped(t.topic.key) + "\">" + Escaped(t.topic.key) + "</a>";
    }
    *html += "</nav>";
  }
  *html += "</header>";
}

}  // namespace

std::string ReportPage(const ReportData& data) {
  std::string title = "stancekb report";
  for (size_t i = 0; i < data.topics.size() && i < 3; ++i) title += (i == 0 ? ": " : ", ") + data.topics[i].topic.key;
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Escaped(title) +
                     "</title><meta name=\"viewport\" content=\"width=device-width\"><style>" + kReportStyle +
                     "</style></head><body><main>";
  AppendHeader(data, &html);
  if (data.topics.empty()) html += "<p class=\"note\">No statements in range.</p>";
  for (const TopicReport& topic : data.topics) AppendTopic(data, topic, &html);
  html +=
      "</main><div id=\"tip\" hidden></div><aside id=\"details\" hidden><button class=\"close\" "
      "title=\"close\">×</button><div class=\"body\"></div></aside><script>";
  html += kReportScript;
  return html + "</script></body></html>\n";
}

}  // namespace stancekb
