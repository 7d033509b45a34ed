#include "importers/article/gazetteer.h"

#include <string_view>

namespace stancekb {

namespace {

// English adjective and short forms of the places role titles name. Written
// out because no library here knows demonyms; extend as lexicons grow.
struct PlaceForms {
  std::string_view place;
  std::string_view forms;  // '|'-separated
};
constexpr PlaceForms kPlaceForms[] = {
    {"United States", "U.S.|US|American|United States|America"},
    {"United Kingdom", "UK|U.K.|British|Britain|United Kingdom"},
    {"Russia", "Russian|Russia"},
    {"Ukraine", "Ukrainian|Ukraine"},
    {"France", "French|France"},
    {"Germany", "German|Germany"},
    {"Italy", "Italian|Italy"},
    {"Finland", "Finnish|Finland"},
    {"Poland", "Polish|Poland"},
    {"China", "Chinese|China"},
    {"European Commission", "European Commission|EU Commission"},
    {"NATO", "NATO"},
};

std::vector<std::string> FormsOfPlace(std::string_view place) {
  if (place.starts_with("the ")) place.remove_prefix(4);
  for (const PlaceForms& entry : kPlaceForms) {
    if (entry.place != place) continue;
    std::vector<std::string> forms;
    std::string_view rest = entry.forms;
    for (size_t bar; (bar = rest.find('|')) != std::string_view::npos; rest.remove_prefix(bar + 1)) {
      forms.emplace_back(rest.substr(0, bar));
    }
    forms.emplace_back(rest);
    return forms;
  }
  return {std::string(place)};
}

}  // namespace

ActorGazetteer::ActorGazetteer(const Lexicon& lexicon) : lexicon_(lexicon) {
  for (size_t a = 0; a < lexicon.actors.size(); ++a) {
    const Actor& actor = lexicon.actors[a];
    names_.Add(actor.name, static_cast<uint32_t>(a));
    for (const std::string& alias : actor.aliases) names_.Add(alias, static_cast<uint32_t>(a));
    for (const Role& role : actor.roles) {
      holders_.push_back(RoleHolder{static_cast<int>(a), role});
      AddRoleVariants(role.title, static_cast<uint32_t>(holders_.size() - 1));
    }
  }
}

// "President of Russia" → itself, "Russian President", "Russia's President".
void ActorGazetteer::AddRoleVariants(const std::string& title, uint32_t holder) {
  roles_.Add(title, holder);
  const size_t of = title.find(" of ");
  if (of == std::string::npos) return;
  const std::string head = title.substr(0, of);
  for (const std::string& form : FormsOfPlace(std::string_view(title).substr(of + 4))) {
    roles_.Add(form + " " + head, holder);
    roles_.Add(form + "'s " + head, holder);
  }
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
