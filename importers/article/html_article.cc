#include "importers/article/html_article.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string_view>

namespace stancekb {

namespace {

using GumboPtr = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;

void DestroyGumbo(GumboOutput* output) { gumbo_destroy_output(&kGumboDefaultOptions, output); }

std::string_view Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_TEMPLATE:
      return true;
    default:
      return false;
  }
}

bool IsParagraph(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
      return true;
    default:
      return false;
  }
}

// Appends the node's text with runs of whitespace collapsed to one space.
void AppendText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
    for (const char* p = node->v.text.text; *p != '\0'; ++p) {
      const bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
      if (!space) {
        out->push_back(*p);
      } else if (!out->empty() && out->back() != ' ') {
        out->push_back(' ');
      }
    }
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT || IsSkipped(node->v.element.tag)) return;
  if (node->v.element.tag == GUMBO_TAG_BR) out->push_back(' ');
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) AppendText(static_cast<GumboNode*>(children.data[i]), out);
}

// Appends each paragraph under `node` as one line followed by a blank line.
void CollectParagraphs(const GumboNode* node, std::string* text) {
  if (node->type != GUMBO_NODE_ELEMENT || IsSkipped(node->v.element.tag)) return;
  if (IsParagraph(node->v.element.tag)) {
    std::string paragraph;
    AppendText(node, &paragraph);
    const std::string_view trimmed = TrimWhitespace(paragraph);
    if (!trimmed.empty()) text->append(trimmed).append("\n\n");
    return;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    CollectParagraphs(static_cast<GumboNode*>(children.data[i]), text);
  }
}

const GumboNode* FindFirst(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const GumboNode* found = FindFirst(static_cast<GumboNode*>(children.data[i]), tag);
    if (found != nullptr) return found;
  }
  return nullptr;
}

struct PageMetadata {
  std::string title, og_title, date, source, url;
};

void SetOnce(std::string* field, std::string_view value) {
  if (field->empty()) *field = TrimWhitespace(value);
}

// Visits meta, link, time and title elements anywhere in the page.
void CollectMetadata(const GumboNode* node, PageMetadata* meta) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& e = node->v.element;
  if (e.tag == GUMBO_TAG_META) {
    std::string_view key = Attribute(e, "property");
    if (key.empty()) key = Attribute(e, "name");
    if (key.empty()) key = Attribute(e, "itemprop");
    const std::string_view content = Attribute(e, "content");
    if (key == "og:title") SetOnce(&meta->og_title, content);
    if (key == "article:published_time" || key == "datePublished" || key == "date" || key == "pubdate" ||
        key == "publishdate" || key == "og:published_time" || key == "dc.date") {
      SetOnce(&meta->date, content);
    }
    if (key == "og:site_name" || key == "publisher" || key == "application-name") SetOnce(&meta->source, content);
    if (key == "og:url") SetOnce(&meta->url, content);
  } else if (e.tag == GUMBO_TAG_LINK && Attribute(e, "rel") == "canonical") {
    SetOnce(&meta->url, Attribute(e, "href"));
  } else if (e.tag == GUMBO_TAG_TIME) {
    SetOnce(&meta->date, Attribute(e, "datetime"));
  } else if (e.tag == GUMBO_TAG_TITLE) {
    std::string title;
    AppendText(node, &title);
    SetOnce(&meta->title, title);
  }
  for (unsigned i = 0; i < e.children.length; ++i) {
    CollectMetadata(static_cast<GumboNode*>(e.children.data[i]), meta);
  }
}

// Elements nested deeper than this are refused before parsing: gumbo's time
// grows with the square of the nesting depth (an "HTML bomb" of 200,000
// nested <div>s takes minutes), while real pages stay far below it.
constexpr size_t kMaxNesting = 5000;

bool IsVoidElement(std::string_view name) {
  for (std::string_view v : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                             "source", "track", "wbr"}) {
    if (name == v) return true;
  }
  return false;
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// Where the end tag "</name" (any case) starts at or after `from`; npos if none.
size_t FindEndTag(std::string_view html, const std::string& name, size_t from) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (Lower(html.substr(i + 2, name.size())) == name) return i;
  }
  return std::string_view::npos;
}

// The byte offset of the first start tag nested deeper than kMaxNesting,
// estimated from the tags alone (an implicitly closed <p> counts as open, so
// this over-estimates); npos when there is none. Script and style contents
// are skipped. Linear in the size of `html`.
size_t TooDeepAt(std::string_view html) {
  size_t depth = 0, close = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    const size_t start = i + 1 + (i + 1 < html.size() && html[i + 1] == '/');
    size_t end = start;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    if (close < end) close = html.find('>', end);
    if (close == std::string_view::npos) break;
    const std::string name = Lower(html.substr(start, end - start));
    if (name.empty()) continue;
    if (start == i + 2) {
      depth -= depth > 0;
    } else if (name == "script" || name == "style") {
      i = std::min(FindEndTag(html, name, close), html.size() - 1);
    } else if (html[close - 1] != '/' && !IsVoidElement(name) && ++depth > kMaxNesting) {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace

Status ParseHtmlArticle(const std::string& path, const std::string& bytes, const ReadOptions& options, Article* out) {
  if (const size_t at = TooDeepAt(bytes); at != std::string_view::npos) {
    return Status::InvalidInput(path + ": byte " + std::to_string(at + 1) + ": HTML elements nested deeper than " +
                                std::to_string(kMaxNesting) + "; not parsed");
  }
  GumboPtr output(gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size()), DestroyGumbo);
  if (output == nullptr) return Status::InvalidInput(path + ": HTML could not be parsed");
  PageMetadata meta;
  CollectMetadata(output->root, &meta);
  const GumboNode* root = FindFirst(output->root, GUMBO_TAG_ARTICLE);
  if (root == nullptr) root = FindFirst(output->root, GUMBO_TAG_BODY);
  Article article;
  article.path = path;
  if (root != nullptr) CollectParagraphs(root, &article.text);
  if (article.text.empty()) return Status::InvalidInput(path + ": no article text (no paragraphs) in the HTML page");
  article.title = meta.og_title.empty() ? meta.title : meta.og_title;
  article.source = meta.source;
  article.url = meta.url;
  if (!meta.date.empty()) {
    Status s = ParseDocumentDate(meta.date, &article.published);
    if (!s.ok()) return s.WithPrefix(path + ": publication date in meta tags");
  }
  Status s = FinishArticle(options, &article);
  if (!s.ok()) return s;
  *out = std::move(article);
  return Status::Ok();
}

}  // namespace stancekb
