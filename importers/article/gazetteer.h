// ActorGazetteer: finds the lexicon's actors in text — by canonical name and
// aliases (case-sensitive, as lexicon/README.md says) and by dated role
// titles with their common variants ("President of Russia", "Russian
// President", "Russia's president"; case-insensitive), so that "the U.S.
// President" is Donald Trump in 2025 and Joe Biden in 2023. The variants of
// "TITLE of PLACE" put before TITLE the name, aliases and demonyms of the
// lexicon actor named PLACE ("Russian", "Russia", "Moscow"). A title directly
// followed by a name ("Ukrainian President Volodymyr Zelensky") is one
// mention of the named actor.
#pragma once

#include <span>
#include <vector>

#include "importers/article/phrase_matcher.h"
#include "importers/lexicon/lexicon.h"

namespace stancekb {

struct GazetteerMatch {
  size_t length = 0;     // Tokens covered; 0 when nothing matched.
  int actor = -1;        // Index into Lexicon::actors; -1: a role nobody held on that day.
  bool by_role = false;  // Matched by a role title only.
};

class ActorGazetteer {
 public:
  // Keeps a reference to `lexicon`, which must outlive the gazetteer.
  explicit ActorGazetteer(const Lexicon& lexicon);

  // The longest actor mention starting at tokens[i] for an article of `day`.
  GazetteerMatch MatchAt(std::span<const Token> tokens, size_t i, Date day) const;

  // The actor one of whose demonyms starts at tokens[i], matched
  // case-sensitively and longest first ("Russian" in "Russian officials" →
  // Russia, "U.S." → United States), so that a description made of a demonym
  // and a generic noun can be given its actor. length 0 when none.
  GazetteerMatch DemonymAt(std::span<const Token> tokens, size_t i) const;

  const Lexicon& lexicon() const { return lexicon_; }

 private:
  struct RoleHolder {
    int actor;
    Role role;
  };
  void AddRoleVariants(const std::string& title, uint32_t holder);

  const Lexicon& lexicon_;
  PhraseMatcher names_{PhraseMatcher::Case::kSensitive};
  PhraseMatcher roles_{PhraseMatcher::Case::kInsensitive};
  PhraseMatcher demonyms_{PhraseMatcher::Case::kSensitive};
  std::vector<RoleHolder> holders_;
};

}  // namespace stancekb
