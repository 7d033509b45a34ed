# Records stored by stancekb (doc/DESIGN.md "Data model").
# Evolution rules (Cap'n Proto): never renumber or change the type of a field;
# add new fields with the next ordinal at the end; never reuse a removed
# ordinal. Readers of an older message see defaults for newer fields.
# The on-disk layout version is kFormatVersion in kb/format.h.
@0x84081cf8ca2dbb28;

$import "/capnp/c++.capnp".namespace("stancekb::schema");

enum ActorKind {
  unknown @0;
  person @1;
  organization @2;
  state @3;
  group @4;
}

enum Stance {
  support @0;
  oppose @1;
  neutral @2;
}

enum DatePrecision {
  day @0;
  month @1;
  year @2;
}

enum AssertionStatus {
  machine @0;
  confirmed @1;
  retracted @2;
}

struct Date {
  dayNumber @0 :Int32;          # Days since 1970-01-01.
  precision @1 :DatePrecision;
  valid @2 :Bool;
}

struct Role {
  title @0 :Text;
  from @1 :Date;
  to @2 :Date;
}

struct Actor {
  id @0 :UInt32;
  name @1 :Text;
  kind @2 :ActorKind;
  aliases @3 :List(Text);
  roles @4 :List(Role);
  affiliation @5 :Text;
  wikidata @6 :Text;            # Wikidata item id ("Q7747"); empty when unknown.
  demonyms @7 :List(Text);      # Adjective forms used in titles ("Russian").
}

struct Topic {
  id @0 :UInt32;
  key @1 :Text;
  label @2 :Text;
  supportMeans @3 :Text;
  keywords @4 :List(Text);
}

struct Source {
  id @0 :UInt32;
  name @1 :Text;
}

struct Document {
  id @0 :UInt64;
  title @1 :Text;
  url @2 :Text;
  sourceId @3 :UInt32;
  published @4 :Date;
  text @5 :Text;
}

struct Span {
  begin @0 :UInt32;
  end @1 :UInt32;
}

struct Evidence {
  quote @0 :Text;
  actorSpan @1 :Span;
  cueSpan @2 :Span;
  contentSpan @3 :Span;
}

struct Assertion {
  id @0 :UInt64;
  actorId @1 :UInt32;
  topicId @2 :UInt32;
  stance @3 :Stance;
  date @4 :Date;
  sourceId @5 :UInt32;
  documentId @6 :UInt64;
  evidence @7 :Evidence;
  cue @8 :Text;
  confidence @9 :Float32;
  extractor @10 :Text;
  status @11 :AssertionStatus;
  # The machine's original values when a user correction changed the record.
  original @12 :Assertion;
}
