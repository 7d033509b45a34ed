#include "query/position.h"

namespace stancekb {

std::string_view PositionName(Position p) {
  switch (p) {
    case Position::kSupport:
      return "support";
    case Position::kOppose:
      return "oppose";
    case Position::kNeutral:
      return "neutral";
    case Position::kMixed:
      return "mixed";
    case Position::kNone:
      break;
  }
  return "none";
}

Position AddStance(Position day, Stance stance) {
  const Position side = stance == Stance::kSupport  ? Position::kSupport
                        : stance == Stance::kOppose ? Position::kOppose
                                                    : Position::kNeutral;
  if (day == Position::kNone || day == Position::kNeutral) return side;
  if (side == Position::kNeutral || side == day) return day;
  return Position::kMixed;  // Support meets oppose, or either meets mixed.
}

}  // namespace stancekb
