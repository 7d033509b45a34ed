#include "importers/article/gazetteer.h"

#include <algorithm>
#include <string_view>

namespace stancekb {

namespace {

// How `place` (a role title's words after "of") is written before a title:
// the lexicon actor of that name by its name, aliases and demonyms ("Russian
// President", "Moscow's envoy"), else the words as they stand.
std::vector<std::string> FormsOfPlace(const Lexicon& lexicon, std::string_view place) {
  if (place.starts_with("the ")) place.remove_prefix(4);
  std::vector<std::string> forms = {std::string(place)};
  auto add = [&forms](std::string_view form) {
    if (form.starts_with("the ")) form.remove_prefix(4);
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.emplace_back(form);
  };
  for (const Actor& actor : lexicon.actors) {
    if (actor.name != place) continue;
    for (const std::string& alias : actor.aliases) add(alias);
    for (const std::string& demonym : actor.demonyms) add(demonym);
  }
  return forms;
}

}  // namespace

ActorGazetteer::ActorGazetteer(const Lexicon& lexicon) : lexicon_(lexicon) {
  for (size_t a = 0; a < lexicon.actors.size(); ++a) {
    const Actor& actor = lexicon.actors[a];
    names_.Add(actor.name, static_cast<uint32_t>(a));
    for (const std::string& alias : actor.aliases) names_.Add(alias, static_cast<uint32_t>(a));
    for (const std::string& demonym : actor.demonyms) demonyms_.Add(demonym, static_cast<uint32_t>(a));
    for (const Role& role : actor.roles) {
      holders_.push_back(RoleHolder{static_cast<int>(a), role});
      AddRoleVariants(role.title, static_cast<uint32_t>(holders_.size() - 1));
    }
  }
}

// "President of Russia" → itself, "Russian President", "Russia's President".
// The place follows the last "of": "Secretary of State of the United States"
// → "US Secretary of State".
void ActorGazetteer::AddRoleVariants(const std::string& title, uint32_t holder) {
  roles_.Add(title, holder);
  const size_t of = title.rfind(" of ");
  if (of == std::string::npos) return;
  const std::string head = title.substr(0, of);
  for (const std::string& form : FormsOfPlace(lexicon_, std::string_view(title).substr(of + 4))) {
    roles_.Add(form + " " + head, holder);
    roles_.Add(form + "'s " + head, holder);
  }
}

GazetteerMatch ActorGazetteer::DemonymAt(std::span<const Token> tokens, size_t i) const {
  const std::vector<uint32_t>* values = nullptr;
  const size_t length = demonyms_.LongestMatchAt(tokens, i, &values);
  if (length == 0) return GazetteerMatch{};
  return GazetteerMatch{length, static_cast<int>(values->front()), false};
}

GazetteerMatch ActorGazetteer::MatchAt(std::span<const Token> tokens, size_t i, Date day) const {
  GazetteerMatch match;
  const std::vector<uint32_t>* values = nullptr;
  const size_t name_length = names_.LongestMatchAt(tokens, i, &values);
  if (name_length > 0) {
    match.length = name_length;
    match.actor = static_cast<int>(values->front());
  }
  const size_t role_length = roles_.LongestMatchAt(tokens, i, &values);
  if (role_length == 0 || role_length <= name_length) return match;
  // A title followed by a name is a mention of that name's actor.
  const std::vector<uint32_t>* name_values = nullptr;
  const size_t next_name = names_.LongestMatchAt(tokens, i + role_length, &name_values);
  if (next_name > 0) {
    return GazetteerMatch{role_length + next_name, static_cast<int>(name_values->front()), false};
  }
  match = GazetteerMatch{role_length, -1, true};
  for (uint32_t h : *values) {
    if (holders_[h].role.HeldOn(day)) {
      match.actor = holders_[h].actor;
      break;
    }
  }
  return match;
}

}  // namespace stancekb
