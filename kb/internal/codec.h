// Codec: records <-> Cap'n Proto bytes as stored in RocksDB values.
// Encode* never fails. Decode* returns Corruption when the bytes are not a
// valid message of the expected type; it accepts buffers at any alignment
// (RocksDB values often are not 8-byte aligned: they are copied first).
#pragma once

#include <string>
#include <string_view>

#include "kb/records.h"
#include "kb/status.h"

namespace stancekb::codec {

std::string EncodeActor(const Actor& actor);
std::string EncodeTopic(const Topic& topic);
std::string EncodeSource(const Source& source);
std::string EncodeDocument(const Document& doc);
std::string EncodeAssertion(const Assertion& assertion);

Status DecodeActor(std::string_view data, Actor* out);
// Only the canonical name of a stored actor.
Status DecodeActorName(std::string_view data, std::string* out);
Status DecodeTopic(std::string_view data, Topic* out);
Status DecodeSource(std::string_view data, Source* out);
Status DecodeDocument(std::string_view data, Document* out);
Status DecodeAssertion(std::string_view data, Assertion* out);

}  // namespace stancekb::codec
