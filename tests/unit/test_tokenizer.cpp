#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "rules/rule_set.hpp"
#include "rules/text_rules.hpp"
#include "text/tokenizer.hpp"
#include "core/char_class.hpp"
#include "core/utf8.hpp"

using namespace sayso;

namespace {

const text::Tokenizer& tokenizer() {
  static const text::Tokenizer t(
      std::make_shared<const rules::TextRules>(rules::TextRules::load(rules::RuleSet::embedded(), "en").value()));
  return t;
}

std::vector<Token> tokenize(const std::string& s) {
  std::vector<Token> out;
  tokenizer().tokenize(s, {0, s.size()}, out);
  return out;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(s)) out.push_back(s.substr(t.span.begin, t.span.size()));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("names tokenise the way a name recogniser needs", "[tokenizer]") {
  CHECK(words("U.S. Secretary of State John Kerry's comment") ==
        V{"U.S.", "Secretary", "of", "State", "John", "Kerry", "'s", "comment"});
  CHECK(words("al-Nusra fighters and Jean-Marc Ayrault") == V{"al-Nusra", "fighters", "and", "Jean-Marc", "Ayrault"});
  CHECK(words("O'Brien met J. R. R. Tolkien") == V{"O'Brien", "met", "J.", "R.", "R.", "Tolkien"});
  CHECK(words("Kerry\xE2\x80\x99s remark") == V{"Kerry", "\xE2\x80\x99s", "remark"});
  CHECK(words("Dr. Smith and Mr. Jones") == V{"Dr.", "Smith", "and", "Mr.", "Jones"});
}

TEST_CASE("a sentence's final period is its own token unless it ends an abbreviation", "[tokenizer]") {
  CHECK(words("He left early.") == V{"He", "left", "early", "."});
  CHECK(words("She moved to the U.S.") == V{"She", "moved", "to", "the", "U.S."});
  CHECK(words("Apples, pears, etc.") == V{"Apples", ",", "pears", ",", "etc."});
  CHECK(words("Wait...") == V{"Wait", "..."});
}

TEST_CASE("contractions and possessives split", "[tokenizer]") {
  CHECK(words("don't") == V{"do", "n't"});
  CHECK(words("They're here, we'll see") == V{"They", "'re", "here", ",", "we", "'ll", "see"});
}

TEST_CASE("numbers keep their separators", "[tokenizer]") {
  CHECK(words("1,550,000 shares at $21.75 on 11.18.2014 at 10:30") ==
        V{"1,550,000", "shares", "at", "$", "21.75", "on", "11.18.2014", "at", "10:30"});
  CHECK(words("the '90s and 9/11") == V{"the", "'90s", "and", "9/11"});
  const auto t = tokenize("$21.75");
  CHECK(t[0].kind == TokenKind::symbol);
  CHECK(t[1].kind == TokenKind::number);
}

TEST_CASE("quotation marks are tokens of their own", "[tokenizer]") {
  const std::string s = "\xE2\x80\x9CWe must act,\xE2\x80\x9D he said. \"Now.\"";
  CHECK(words(s) == V{"\xE2\x80\x9C", "We", "must", "act", ",", "\xE2\x80\x9D", "he", "said", ".", "\"", "Now",
                      ".", "\""});
  const auto t = tokenize(s);
  CHECK(t[0].kind == TokenKind::quote_mark);
  CHECK(t[5].kind == TokenKind::quote_mark);
  CHECK(t[9].kind == TokenKind::quote_mark);
}

TEST_CASE("a typewriter double quotation mark is one token", "[tokenizer]") {
  const std::string s = "``Go home,'' she said, and ''stay there.''";
  CHECK(words(s) == V{"``", "Go", "home", ",", "''", "she", "said", ",", "and", "''", "stay", "there", ".", "''"});
  const auto t = tokenize(s);
  CHECK(t[0].kind == TokenKind::quote_mark);
  CHECK(t[4].kind == TokenKind::quote_mark);
  // A single apostrophe is still one: the hospitals' wards.
  CHECK(words("the hospitals' wards") == V{"the", "hospitals", "'", "wards"});
}

TEST_CASE("addresses stay whole", "[tokenizer]") {
  CHECK(words("See https://example.org/a/b?c=d, or write to press@example.org.") ==
        V{"See", "https://example.org/a/b?c=d", ",", "or", "write", "to", "press@example.org", "."});
  const auto t = tokenize("(www.example.com)");
  REQUIRE(t.size() == 3);
  CHECK(t[1].kind == TokenKind::url);
  // Any case, every scheme; a word that only starts like one is a word.
  for (const std::string address : {"HTTP://EXAMPLE.ORG/X", "Ftp://files.example.net/a", "WWW.example.com"}) {
    const auto one = tokenize(address + " then");
    REQUIRE(one.size() == 2);
    CHECK(one[0].kind == TokenKind::url);
  }
  CHECK(tokenize("httpd.conf")[0].kind == TokenKind::word);
  CHECK(tokenize("who.example")[0].kind == TokenKind::word);
}

TEST_CASE("a text without an address mark needs no address check in its spans", "[tokenizer]") {
  using text::Tokenizer;
  CHECK_FALSE(Tokenizer::may_hold_url_or_address(""));
  CHECK_FALSE(Tokenizer::may_hold_url_or_address("Plain words: one, two. The end... ww."));
  CHECK(Tokenizer::may_hold_url_or_address("write to a@b"));
  CHECK(Tokenizer::may_hold_url_or_address("see ftp://x"));
  CHECK(Tokenizer::may_hold_url_or_address("see wWw.x"));
  CHECK_FALSE(Tokenizer::may_hold_url_or_address("a:/ /b"));
  // The marks are found across the text; each span is then checked on its
  // own, and tokenizes as it does alone.
  const std::string s = "Mail press@example.org today. Then www.example.com opens. Nothing here.";
  REQUIRE(Tokenizer::may_hold_url_or_address(s));
  for (const ByteSpan span : {ByteSpan{0, 29}, ByteSpan{30, 57}, ByteSpan{58, s.size()}}) {
    std::vector<Token> told;
    std::vector<Token> alone;
    tokenizer().tokenize(s, span, true, told);
    tokenizer().tokenize(s, span, alone);
    REQUIRE(told.size() == alone.size());
    for (std::size_t i = 0; i < told.size(); ++i) {
      CHECK(told[i].span.begin == alone[i].span.begin);
      CHECK(told[i].span.end == alone[i].span.end);
      CHECK(told[i].kind == alone[i].kind);
    }
  }
  // Told that the text holds no mark, the tokenizer looks for none.
  const std::string address = "press@example.org";
  std::vector<Token> unchecked;
  tokenizer().tokenize(address, {0, address.size()}, false, unchecked);
  CHECK(unchecked.size() > 1);
  CHECK(tokenize(address).size() == 1);
}

TEST_CASE("dashes and ellipses split words", "[tokenizer]") {
  CHECK(words("statement\xE2\x80\x94this is it") == V{"statement", "\xE2\x80\x94", "this", "is", "it"});
  CHECK(words("wait--no") == V{"wait", "--", "no"});
  CHECK(words("dots........please") == V{"dots", "........", "please"});
}

TEST_CASE("token shapes", "[tokenizer]") {
  CHECK(text::shape_of("said") == TokenShape::lower);
  CHECK(text::shape_of("Kerry") == TokenShape::capitalized);
  CHECK(text::shape_of("McDonald") == TokenShape::capitalized);
  CHECK(text::shape_of("NATO") == TokenShape::all_caps);
  CHECK(text::shape_of("U.S.") == TokenShape::all_caps);
  CHECK(text::shape_of("A") == TokenShape::capitalized);
  CHECK(text::shape_of("iPhone") == TokenShape::mixed);
  CHECK(text::shape_of("al-Nusra") == TokenShape::mixed);
  CHECK(text::shape_of("2016") == TokenShape::none);
  CHECK(text::shape_of("\xC3\x89mile") == TokenShape::capitalized);
}

TEST_CASE("tokens know the white space before them", "[tokenizer]") {
  const auto t = tokenize("Hello,\nworld");
  REQUIRE(t.size() == 3);
  CHECK(t[0].space_before);
  CHECK_FALSE(t[1].space_before);
  CHECK(t[2].space_before);
  CHECK(t[2].newline_before);
}

TEST_CASE("clitics come from rules/<lang>/clitics.tsv: a clitic added there is split off", "[tokenizer]") {
  const auto dir = std::filesystem::temp_directory_path() / "sayso_test_clitics";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "en");
  // An invented clitic, written with ' for either apostrophe.
  std::ofstream(dir / "en" / "clitics.invented.tsv") << "clitic\tmin_stem\n'zo\t3\n";
  const auto rules = rules::RuleSet::with_directory(rules::RuleSet::embedded(), dir.string());
  REQUIRE(rules.ok());
  const text::Tokenizer with(std::make_shared<const rules::TextRules>(rules::TextRules::load(rules.value(), "en").value()));
  auto split = [&](const std::string& s) {
    std::vector<Token> tokens;
    with.tokenize(s, {0, s.size()}, tokens);
    std::vector<std::string> out;
    for (const Token& t : tokens) out.push_back(s.substr(t.span.begin, t.span.size()));
    return out;
  };
  CHECK(split("harbour'zo") == std::vector<std::string>{"harbour", "'zo"});
  CHECK(split("harbour\xE2\x80\x99ZO") == std::vector<std::string>{"harbour", "\xE2\x80\x99ZO"});
  CHECK(split("ab'zo") == std::vector<std::string>{"ab'zo"});  // a stem of two bytes is under min_stem
  CHECK(words("harbour'zo") == std::vector<std::string>{"harbour'zo"});  // the embedded rules know no such clitic
  CHECK(split("Varga's") == std::vector<std::string>{"Varga", "'s"});
  std::filesystem::remove_all(dir);
}

TEST_CASE("a word's span and shape do not depend on where it lies in blocks of eight bytes", "[tokenizer]") {
  // The tokenizer passes over lowercase letters eight bytes at a time and
  // counts a word's shape as it scans; shape_of() counts it on its own.
  const V samples{"marshmallow", "Marshmallowy", "marshmallowY", "MARSHMALLOWS", "mArshmallows", "4wheelers",
                  "9lowercaseLetterz", "cr\xC3\xA8mebrul\xC3\xA9" "e", "caf\xC3\xA9" "terias", "half-hearted",
                  "overtheRainbow", "flibbertigibbet's", "x", "ab",
                  // Longer than sixteen bytes (two and more of the eight-byte
                  // lowercase runs), with a capital, a digit or a byte beyond
                  // ASCII at each side of the sixteenth byte.
                  "Internationalization", "INTERNATIONALIZATIONS", "internationalizatioN", "abcdefghijklmno5pqrs",
                  "abcdefghijklmnop5qrs", "abcdefghijklmn\xC3\xA9opqrst", "abcdefghijklmno\xC3\xA9pqrst",
                  "abcdefghijklmnop\xC3\x89qrst", "Supercalifragilistic-expialidocious", "Ab1Cd2Ef3Gh4Ij5Kl6Mn7",
                  "twentyfourcharacterword's"};
  const V tails{" trailing", "", ", and then a tail longer than sixteen bytes"};
  for (std::size_t pad = 0; pad < 18; ++pad) {
    for (const std::string& word : samples) {
     for (const std::string& tail : tails) {
      const std::string s = std::string(pad, ' ') + word + tail;
      const auto t = tokenize(s);
      REQUIRE(t.size() >= 1);
      INFO(s);
      if (word == "flibbertigibbet's" || word == "twentyfourcharacterword's") {
        CHECK(s.substr(t[0].span.begin, t[0].span.size()) == word.substr(0, word.size() - 2));
      } else {
        CHECK(s.substr(t[0].span.begin, t[0].span.size()) == word);
      }
      for (const Token& token : t) CHECK(token.shape == text::shape_of(s.substr(token.span.begin, token.span.size())));
     }
    }
  }
  CHECK(tokenize("Marshmallowy")[0].shape == TokenShape::capitalized);
  CHECK(tokenize("marshmallowY")[0].shape == TokenShape::mixed);
  CHECK(tokenize("9lowercaseLetterz")[0].shape == TokenShape::mixed);
  CHECK(tokenize("9Lowercaseletterz")[0].shape == TokenShape::capitalized);
}

TEST_CASE("a token's space and line break before it are those of the bytes since the last token", "[tokenizer]") {
  // Each token's flags against the bytes between it and the token before,
  // read code point by code point (white space of one, two and three bytes:
  // tab, NBSP, U+2028, U+3000, NEL).
  const V texts{"a b", "a\nb", "a\t\r\n  b", "a\xC2\xA0" "b", "a\xE2\x80\xA8" "b", "a \xE3\x80\x80 b",
                "one,\xC2\x85two", "\"Quote,\" he said.\n\nNext", "x \xC2\xA0\n\xE2\x80\x89y z"};
  for (const std::string& s : texts) {
    INFO(s);
    const auto t = tokenize(s);
    for (std::size_t i = 1; i < t.size(); ++i) {
      bool space = false;
      bool line_break = false;
      for (std::size_t p = t[i - 1].span.end; p < t[i].span.begin;) {
        const core::Decoded d = core::decode_at(s, p);
        CHECK(core::is_space(d.code_point));
        space = true;
        line_break = line_break || core::is_line_break(d.code_point);
        p += d.length;
      }
      CHECK(t[i].space_before == space);
      CHECK(t[i].newline_before == line_break);
    }
  }
  const auto t = tokenize("a\xE2\x80\xA8" "b c");
  REQUIRE(t.size() == 3);
  CHECK(t[1].newline_before);
  CHECK_FALSE(t[2].newline_before);
}

TEST_CASE("a word of ASCII letters and digits ends where the general scan ends it", "[tokenizer]") {
  // The fast path takes a word only when the character after it joins
  // nothing; each character that may join two parts is left to the general
  // scan, with the same tokens.
  CHECK(words("AT&T R&D, B&b x&Y") == V{"AT&T", "R&D", ",", "B", "&", "b", "x", "&", "Y"});
  CHECK(words("3,5 a,b 10:30 a:b 9/11 a/b") == V{"3,5", "a", ",", "b", "10:30", "a", ":", "b", "9/11", "a", "/", "b"});
  CHECK(words("4_x a-b a'b a.b caf\xC3\xA9 x\xC3\xA9y A\xE2\x80\x94" "b") ==
        V{"4_x", "a-b", "a'b", "a.b", "caf\xC3\xA9", "x\xC3\xA9y", "A", "\xE2\x80\x94", "b"});
  CHECK(words("(hello) [x]{y}!?;") == V{"(", "hello", ")", "[", "x", "]", "{", "y", "}", "!?", ";"});
  const auto t = tokenize("42 Ab 7up");
  REQUIRE(t.size() == 3);
  CHECK(t[0].kind == TokenKind::number);
  CHECK(t[0].shape == TokenShape::none);
  CHECK(t[1].kind == TokenKind::word);
  CHECK(t[1].shape == TokenShape::capitalized);
  CHECK(t[2].kind == TokenKind::number);
  CHECK(t[2].shape == TokenShape::lower);
}

TEST_CASE("a URL is found at a chunk's start wherever it lies in the span, and only there", "[tokenizer]") {
  // The check runs only when the span holds "://" or "www." (any case) or an '@'.
  CHECK(words("He said http://example.org/x is down.") ==
        V{"He", "said", "http://example.org/x", "is", "down", "."});
  CHECK(words("www.example.com, said he") == V{"www.example.com", ",", "said", "he"});
  CHECK(words("see \"WwW.Example.com\".") == V{"see", "\"", "WwW.Example.com", "\"", "."});
  CHECK(words("(ftp://a.b/c) and x") == V{"(", "ftp://a.b/c", ")", "and", "x"});
  CHECK(tokenize("said www.x.org today")[1].kind == TokenKind::url);
  // "://" or "www." that starts no chunk: no URL.
  CHECK(words("a://b xwww.y http:/x") == V{"a", ":", "/", "/", "b", "xwww.y", "http", ":", "/", "x"});
  CHECK(tokenize("a://b")[0].kind == TokenKind::word);
  // A span inside the text: the URL mark is looked for in the span alone.
  const std::string s = "http://a.org then www.b.org";
  std::vector<Token> out;
  tokenizer().tokenize(s, {13, s.size()}, out);
  REQUIRE(out.size() == 2);
  CHECK(out[0].kind == TokenKind::word);
  CHECK(out[1].kind == TokenKind::url);
  out.clear();
  tokenizer().tokenize(s, {0, 12}, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].kind == TokenKind::url);
}

TEST_CASE("a span's first token reads the white space before the span", "[tokenizer]") {
  struct Case {
    std::string text;
    std::size_t begin;
    bool space;
    bool line_break;
  };
  const std::vector<Case> cases{
      {"one.\n  Two three", 7, true, true},       // the white space lies before the span
      {"one.\n  Two three", 4, true, true},       // within it
      {"one. \t Two", 5, true, false},            {"ab", 1, false, false},
      {"  a", 0, true, false},                    {"a b", 0, true, false},  // the text's start
      {"x\xC2\xA0y", 3, true, false},             {"x\xE2\x80\xA8y", 4, true, true},
      {"x\n\xC2\xA0 y", 1, true, true},           {"x\n\xC2\xA0 y", 5, true, true},
      {"\xE2\x80\x94y", 3, false, false},
  };
  for (const Case& c : cases) {
    INFO(c.text << " from " << c.begin);
    std::vector<Token> out;
    tokenizer().tokenize(c.text, {c.begin, c.text.size()}, out);
    REQUIRE_FALSE(out.empty());
    CHECK(out[0].space_before == c.space);
    CHECK(out[0].newline_before == c.line_break);
  }
}

TEST_CASE("white space between tokens: one space, several, tabs, NBSP, after words and punctuation", "[tokenizer]") {
  const auto t = tokenize("a ,  b\t;\tc\xC2\xA0" "d , \n ee.  f");
  REQUIRE(t.size() == 10);
  const std::vector<bool> space{true, true, true, true, true, true, true, true, false, true};
  const std::vector<bool> line_break{false, false, false, false, false, false, false, true, false, false};
  for (std::size_t i = 0; i < t.size(); ++i) {
    INFO(i);
    CHECK(t[i].space_before == space[i]);
    CHECK(t[i].newline_before == line_break[i]);
  }
  CHECK(words("a ,  b\t;\tc\xC2\xA0" "d , \n ee.  f") == V{"a", ",", "b", ";", "c", "d", ",", "ee", ".", "f"});
}

TEST_CASE("ASCII punctuation and symbols of one byte keep their kinds", "[tokenizer]") {
  const std::string s = "$5 , 10% (a) #x @ y; \"q\" <b> ^|~ +&";
  const auto t = tokenize(s);
  std::vector<std::pair<std::string, TokenKind>> got;
  for (const Token& k : t) got.emplace_back(s.substr(k.span.begin, k.span.size()), k.kind);
  using P = std::pair<std::string, TokenKind>;
  const auto sym = TokenKind::symbol;
  const auto pun = TokenKind::punctuation;
  const std::vector<P> want{P{"$", sym}, P{"5", TokenKind::number}, P{",", pun}, P{"10", TokenKind::number},
                            P{"%", sym}, P{"(", pun}, P{"a", TokenKind::word}, P{")", pun}, P{"#", sym},
                            P{"x", TokenKind::word}, P{"@", sym}, P{"y", TokenKind::word}, P{";", pun},
                            P{"\"", TokenKind::quote_mark}, P{"q", TokenKind::word}, P{"\"", TokenKind::quote_mark},
                            P{"<", sym}, P{"b", TokenKind::word}, P{">", sym}, P{"^", sym}, P{"|", sym},
                            P{"~", sym}, P{"+", sym}, P{"&", sym}};
  CHECK(got == want);
}

TEST_CASE("a word's final period: initials and listed abbreviations keep it, a second period does not", "[tokenizer]") {
  CHECK(words("I. Ok.. no. 5. x.\" He said.") == V{"I.", "Ok", "..", "no.", "5", ".", "x.", "\"", "He", "said", "."});
  CHECK(words("etc.) Mr.") == V{"etc.", ")", "Mr."});
  CHECK(words("mr. Dr.x") == V{"mr", ".", "Dr.x"});  // "Mr." is listed with its capital
}
