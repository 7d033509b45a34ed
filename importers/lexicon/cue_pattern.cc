#include "importers/lexicon/cue_pattern.h"

#include <algorithm>

namespace stancekb {
namespace {

// Enough for a verb phrase of three inflected words with alternatives.
constexpr size_t kMaxPhrasesPerPattern = 512;

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }

// "stop", "ban", "commit": a final consonant after a single vowel, which
// English doubles before -ed and -ing (the stress rule is not checked, so
// "visit" also yields "visitted"; see Inflections).
bool EndsConsonantVowelConsonant(std::string_view w) {
  const size_t n = w.size();
  if (n < 3 || w[n - 1] == 'w' || w[n - 1] == 'x' || w[n - 1] == 'y') return false;
  return IsConsonant(w[n - 1]) && IsVowel(w[n - 2]) && !IsVowel(w[n - 3]);
}

void AddUnique(std::vector<std::string>* forms, std::string form) {
  if (std::find(forms->begin(), forms->end(), form) == forms->end()) forms->push_back(std::move(form));
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != separator) continue;
    parts.push_back(text.substr(start, i - start));
    start = i + 1;
  }
  return parts;
}

// The alternatives of one pattern word, each expanded by '~'.
Status WordForms(std::string_view word, std::vector<std::string>* out) {
  for (std::string_view alternative : Split(word, '|')) {
    const bool inflect = !alternative.empty() && alternative.back() == '~';
    if (inflect) alternative.remove_suffix(1);
    if (alternative.empty() || alternative.find('~') != std::string_view::npos) {
      return Status::InvalidInput("'" + std::string(word) + "': an empty alternative or a '~' inside a word");
    }
    if (!inflect) {
      AddUnique(out, std::string(alternative));
      continue;
    }
    for (std::string& form : Inflections(alternative)) AddUnique(out, std::move(form));
  }
  return Status::Ok();
}

}  // namespace

std::vector<std::string> Inflections(std::string_view word) {
  std::vector<std::string> forms{std::string(word)};
  const std::string w(word);
  const size_t n = w.size();
  if (n == 0) return forms;
  const char last = w[n - 1];
  const bool consonant_y = last == 'y' && n > 1 && IsConsonant(w[n - 2]);
  const std::string stem_y = consonant_y ? w.substr(0, n - 1) + "i" : w;
  if (w.ends_with("s") || w.ends_with("x") || w.ends_with("z") || w.ends_with("ch") || w.ends_with("sh")) {
    AddUnique(&forms, w + "es");
  } else {
    AddUnique(&forms, consonant_y ? stem_y + "es" : w + "s");
  }
  AddUnique(&forms, last == 'e' ? w + "d" : stem_y + "ed");
  if (w.ends_with("ie")) {
    AddUnique(&forms, w.substr(0, n - 2) + "ying");
  } else if (last == 'e' && !w.ends_with("ee")) {
    AddUnique(&forms, w.substr(0, n - 1) + "ing");
  } else {
    AddUnique(&forms, w + "ing");
  }
  if (EndsConsonantVowelConsonant(w)) {
    AddUnique(&forms, w + last + "ed");
    AddUnique(&forms, w + last + "ing");
  }
  return forms;
}

Status ExpandPattern(std::string_view pattern, std::vector<std::string>* out) {
  std::vector<std::string> phrases{""};
  for (std::string_view word : Split(pattern, ' ')) {
    if (word.empty()) continue;
    std::vector<std::string> forms;
    Status s = WordForms(word, &forms);
    if (!s.ok()) return s;
    std::vector<std::string> longer;
    for (const std::string& phrase : phrases) {
      for (const std::string& form : forms) longer.push_back(phrase.empty() ? form : phrase + " " + form);
    }
    if (longer.size() > kMaxPhrasesPerPattern) {
      return Status::InvalidInput("'" + std::string(pattern) + "' stands for more than " +
                                  std::to_string(kMaxPhrasesPerPattern) + " phrases");
    }
    phrases = std::move(longer);
  }
  if (phrases.size() == 1 && phrases[0].empty()) return Status::InvalidInput("an empty pattern");
  out->insert(out->end(), phrases.begin(), phrases.end());
  return Status::Ok();
}

}  // namespace stancekb
