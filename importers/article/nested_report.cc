#include "importers/article/nested_report.h"

namespace stancekb {

namespace {

// Auxiliaries and adverbs between a subject and its predicate ("had
// previously", "was also") that the demand and decision words may follow.
constexpr size_t kPredicateReach = 4;

}  // namespace

bool ContentOwner::Assign(const TopicStance& ts, bool* to_other) const {
  *to_other = false;
  if (kind == Kind::kAccusation) return false;
  if (kind == Kind::kSpeaker || kind == Kind::kDemand || ts.mention < other.end) return true;
  if (kind == Kind::kDecision) {
    *to_other = true;
    return true;
  }
  return !ts.by_cue || (announced && (ts.stance == Stance::kSupport || ts.by_negation));
}

ContentOwner FindContentOwner(SpeakerResolver* speakers, const CueLexicon& cues, std::span<const Token> tokens,
                              const ReportingCue& cue, int speaker, size_t begin, size_t end) {
  ContentOwner owner;
  if (cue.accusation) {
    owner.kind = ContentOwner::Kind::kAccusation;
    return owner;
  }
  const std::optional<SpeakerMention> subject = speakers->ClauseSubject(begin, end);
  if (!subject || subject->pronoun) return owner;
  // An actor after the content's verb is its object ("any settlement must
  // include Ukraine ceding …"), and one in a condition or a later clause
  // ("sanctions if Putin does not agree …") is no subject of the content.
  for (size_t i = begin; i < subject->begin; ++i) {
    const Token& t = tokens[i];
    if (cues.IsBe(t) || cues.IsModal(t) || cues.IsCondition(t) || cues.IsContrast(t) ||
        cues.BackgroundAt(tokens, i) > 0 || cues.IsOpenQuestion(t) || t.kind == TokenKind::kComma) {
      return owner;
    }
  }
  const DocumentActor& actor = speakers->actors()[subject->actor];
  if (actor.kind == ActorKind::kUnknown || !actor.resolved || speakers->SpeaksFor(speaker, subject->actor)) {
    return owner;
  }
  owner.other = *subject;
  owner.kind = ContentOwner::Kind::kOther;
  // "urged Kyiv to …", "threatened Moscow with …": an object, addressed.
  // After "told the BBC that" the clause's subject is its own, and the verb
  // reports rather than demands ("told reporters that Russia was ready";
  // "demanded that Ukraine withdraw" still demands).
  const bool reports = cue.takes_object && begin > 0 && cues.IsThat(tokens[begin - 1]);
  const bool object = subject->begin == begin && cue.takes_object && !reports;
  if ((cue.demand && !reports) || object) {
    owner.kind = cue.demand ? ContentOwner::Kind::kDemand : ContentOwner::Kind::kSpeaker;
    return owner;
  }
  const std::span<const Token> content = tokens.first(end);
  // "Russia and Ukraine would start …": the predicate follows the last of
  // the coordinated subjects.
  size_t after = subject->end;
  while (after + 1 < end && (tokens[after].kind == TokenKind::kComma || cues.IsAnd(tokens[after])) &&
         tokens[after + 1].capitalized) {
    after += 2;
    while (after < end && tokens[after].capitalized) ++after;
  }
  // Progress may follow an adverb the predicate walk below stops at ("were
  // very close to a deal").
  for (size_t i = after; i < end && i <= after + kPredicateReach; ++i) {
    if (cues.ProgressAt(content, i) > 0) {
      owner.kind = ContentOwner::Kind::kSpeaker;
      return owner;
    }
  }
  for (size_t i = after; i < end && i < after + kPredicateReach; ++i) {
    if (cues.DemandAt(content, i) > 0) {
      owner.kind = ContentOwner::Kind::kDemand;
      break;
    }
    if (const size_t n = cues.DecisionAt(content, i); n > 0) {
      owner.kind = ContentOwner::Kind::kDecision;
      owner.cue_begin = i, owner.cue_end = i + n;
      break;
    }
    if (cues.IsFuture(tokens[i]) || cues.AgreementAt(content, i) > 0) owner.announced = true;
    if (!cues.IsSubjectGap(tokens[i]) && !cues.IsBe(tokens[i]) && !cues.IsModal(tokens[i]) &&
        !cues.IsNegator(tokens[i]) && tokens[i].kind != TokenKind::kQuote) {
      break;
    }
  }
  return owner;
}

}  // namespace stancekb
