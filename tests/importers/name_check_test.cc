#include "importers/common/name_check.h"

#include <gtest/gtest.h>

namespace stancekb {
namespace {

TEST(NameCheckTest, NamesInAnyScriptPass) {
  for (const char* name : {"Vladimir Putin", "Володимир Зеленський", "Recep Tayyip Erdoğan", "習近平", "NATO",
                           "Al-Jazeera (Doha)", "U.S. State Department"}) {
    EXPECT_TRUE(CheckName("actor", name).ok()) << name;
  }
}

TEST(NameCheckTest, ControlCharactersAreRefusedWithTheirPlace) {
  EXPECT_EQ(CheckName("actor", std::string("Vladimir\0Putin", 14)).message(),
            "actor contains the control character U+0000 at byte 9");
  EXPECT_EQ(CheckName("source", "Wire\a").message(), "source contains the control character U+0007 at byte 5");
  EXPECT_EQ(CheckName("actor", "tab\there").message(), "actor contains the control character U+0009 at byte 4");
  EXPECT_EQ(CheckName("actor", "del\x7f").message(), "actor contains the control character U+007F at byte 4");
  EXPECT_EQ(CheckName("actor", "c1\xc2\x85").message(), "actor contains the control character U+0085 at byte 3");
  EXPECT_EQ(CheckName("actor", "x\xef\xbf\xbf").message(), "actor contains the control character U+FFFF at byte 2");
}

TEST(NameCheckTest, BlankNamesAndInvalidUtf8AreRefused) {
  EXPECT_EQ(CheckName("actor", "   ").message(), "actor '   ' is blank");
  EXPECT_EQ(CheckName("actor", "").message(), "actor '' is blank");
  EXPECT_EQ(CheckName("actor", "\u00a0\u200b\u3000").message(), "actor '\u00a0\u200b\u3000' is blank");
  EXPECT_EQ(CheckName("topic", "ab\xff").message(), "topic is not valid UTF-8 at byte 3");
  EXPECT_TRUE(CheckName("actor", " padded ").ok());
}

}  // namespace
}  // namespace stancekb
