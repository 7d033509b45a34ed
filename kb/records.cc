#include "kb/records.h"

namespace stancekb {

std::string_view StanceName(Stance s) {
  switch (s) {
    case Stance::kSupport:
      return "support";
    case Stance::kOppose:
      return "oppose";
    case Stance::kNeutral:
      return "neutral";
  }
  return "neutral";
}

bool ParseStance(std::string_view text, Stance* out) {
  for (Stance s : {Stance::kSupport, Stance::kOppose, Stance::kNeutral}) {
    if (text == StanceName(s)) {
      *out = s;
      return true;
    }
  }
  return false;
}

std::string_view ActorKindName(ActorKind k) {
  switch (k) {
    case ActorKind::kUnknown:
      return "unknown";
    case ActorKind::kPerson:
      return "person";
    case ActorKind::kOrganization:
      return "organization";
    case ActorKind::kState:
      return "state";
    case ActorKind::kGroup:
      return "group";
  }
  return "unknown";
}

bool ParseActorKind(std::string_view text, ActorKind* out) {
  if (text == "organisation") text = "organization";
  for (ActorKind k :
       {ActorKind::kUnknown, ActorKind::kPerson, ActorKind::kOrganization, ActorKind::kState, ActorKind::kGroup}) {
    if (text == ActorKindName(k)) {
      *out = k;
      return true;
    }
  }
  return false;
}

std::string_view AssertionStatusName(AssertionStatus s) {
  switch (s) {
    case AssertionStatus::kMachine:
      return "machine";
    case AssertionStatus::kConfirmed:
      return "confirmed";
    case AssertionStatus::kRetracted:
      return "retracted";
  }
  return "machine";
}

}  // namespace stancekb
