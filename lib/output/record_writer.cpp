// The JSONL record and CSV tables of a Document (sayso/output.hpp).
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "output/csv_writer.hpp"
#include "output/json_writer.hpp"
#include "sayso/output.hpp"
#include "core/utf8.hpp"

namespace sayso {
namespace {

// The record's keys, each made once with its quotes and colon.
namespace keys {
constexpr output::JsonKey admin("admin");
constexpr output::JsonKey affiliation("affiliation");
constexpr output::JsonKey byte_end("byte_end");
constexpr output::JsonKey byte_start("byte_start");
constexpr output::JsonKey confidence("confidence");
constexpr output::JsonKey country("country");
constexpr output::JsonKey cue("cue");
constexpr output::JsonKey cue_type("cue_type");
constexpr output::JsonKey end("end");
constexpr output::JsonKey entities("entities");
constexpr output::JsonKey error("error");
constexpr output::JsonKey error_byte("error_byte");
constexpr output::JsonKey error_code("error_code");
constexpr output::JsonKey gender("gender");
constexpr output::JsonKey gender_evidence("gender_evidence");
constexpr output::JsonKey id("id");
constexpr output::JsonKey id_bytes("id_bytes");
constexpr output::JsonKey kb("kb");
constexpr output::JsonKey kind("kind");
constexpr output::JsonKey lat("lat");
constexpr output::JsonKey lon("lon");
constexpr output::JsonKey mentions("mentions");
constexpr output::JsonKey name("name");
constexpr output::JsonKey nested_in("nested_in");
constexpr output::JsonKey population("population");
constexpr output::JsonKey quotes("quotes");
constexpr output::JsonKey roles("roles");
constexpr output::JsonKey rule("rule");
constexpr output::JsonKey sentences("sentences");
constexpr output::JsonKey sieve("sieve");
constexpr output::JsonKey source("source");
constexpr output::JsonKey speaker("speaker");
constexpr output::JsonKey speaker_entity("speaker_entity");
constexpr output::JsonKey speaker_mention("speaker_mention");
constexpr output::JsonKey speaker_span("speaker_span");
constexpr output::JsonKey start("start");
constexpr output::JsonKey text("text");
constexpr output::JsonKey type("type");
}  // namespace keys

// "id", always valid UTF-8: bytes that are not (a file name in another
// encoding) become U+FFFD, and "id_bytes" then keeps the id's bytes in hex.
void write_id(output::JsonWriter& w, std::string_view id) {
  if (!core::find_invalid_utf8(id)) {
    w.key(keys::id).value(id);
    return;
  }
  w.key(keys::id).value(core::replace_invalid_utf8(id));
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * id.size());
  for (const char c : id) {
    hex.push_back(kHex[static_cast<unsigned char>(c) >> 4]);
    hex.push_back(kHex[static_cast<unsigned char>(c) & 15]);
  }
  w.key(keys::id_bytes).value(hex);
}

// Code point offsets of byte offsets asked mostly in ascending order (a
// record's sentences, a cluster's mentions). A byte offset's code point
// offset is the offset less the UTF-8 continuation bytes before it; news
// text holds few (curly quotes, dashes), so the record lists where they lie
// once and walks the list on with the offsets asked (a binary search when
// an offset lies before the one asked before). In an ASCII document they
// are the byte offsets; a text with many continuation bytes (more than one
// in kMaxListedShare) is asked of the document's index, counting on from
// the offset asked before when it lies at most kCountOn bytes before.
class CodePointOffsets {
 public:
  explicit CodePointOffsets(const Document& d)
      : document_(d), text_(d.text()), ascii_(d.code_point_count() == d.text().size()) {
    const std::size_t continuations = text_.size() - d.code_point_count();
    listed_ = !ascii_ && continuations <= text_.size() / kMaxListedShare;
    if (!listed_) return;
    continuations_.reserve(continuations);
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const std::size_t n = text_.size();
    std::size_t i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time (most hold none): a continuation byte is
    // -128 to -65 as a signed byte.
    const __m128i below = _mm_set1_epi8(-64);
    for (; i + 16 <= n; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      auto continuation = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, below)));
      while (continuation != 0) {
        continuations_.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(__builtin_ctz(continuation))));
        continuation &= continuation - 1;
      }
    }
#endif
    for (; i + 8 <= n; i += 8) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      // Bit 7 of each byte that is a continuation byte (10xxxxxx).
      std::uint64_t continuation = w & ~(w << 1) & 0x8080808080808080ull;
      while (continuation != 0) {
        const auto bit = static_cast<std::size_t>(__builtin_ctzll(continuation));
        continuations_.push_back(static_cast<std::uint32_t>(i + bit / 8));
        continuation &= continuation - 1;
      }
    }
    for (; i < n; ++i) {
      if ((p[i] & 0xC0) == 0x80) continuations_.push_back(static_cast<std::uint32_t>(i));
    }
  }

  std::size_t operator()(std::size_t byte) {
    byte = std::min(byte, text_.size());
    if (ascii_) return byte;
    if (listed_) {
      // next_: how many continuation bytes lie before the offset asked before.
      if (byte < last_byte_ || byte - last_byte_ > kWalkOn) {
        const auto from = byte < last_byte_ ? continuations_.begin() : continuations_.begin() + next_;
        next_ = static_cast<std::size_t>(std::lower_bound(from, continuations_.end(), byte) - continuations_.begin());
      } else {
        while (next_ < continuations_.size() && continuations_[next_] < byte) ++next_;
      }
      last_byte_ = byte;
      return byte - next_;
    }
    if (byte < last_byte_ || byte - last_byte_ > kCountOn) {
      last_code_point_ = document_.code_point_offset(byte);
    } else {
      last_code_point_ += core::count_code_point_starts(text_.data() + last_byte_, byte - last_byte_);
    }
    last_byte_ = byte;
    return last_code_point_;
  }

 private:
  // Counting on over more bytes than this costs more than the index.
  static constexpr std::size_t kCountOn = 64;
  // Past this many bytes on, the list is searched rather than walked.
  static constexpr std::size_t kWalkOn = 256;
  // At most one continuation byte in this many bytes of text is listed (4
  // bytes each): news text holds far fewer.
  static constexpr std::size_t kMaxListedShare = 16;
  const Document& document_;
  std::string_view text_;
  bool ascii_;
  bool listed_ = false;
  std::vector<std::uint32_t> continuations_;  // the offsets of the text's continuation bytes, ascending
  std::size_t next_ = 0;
  std::size_t last_byte_ = 0;
  std::size_t last_code_point_ = 0;
};

// The texts of the few numbers a record writes again and again (the
// quotes' confidences come from the sieve table): each formatted once per
// record, as JsonWriter::value(double) would write it (std::to_chars costs
// about a thousand instructions a number).
class DoubleTexts {
 public:
  std::string_view operator()(double d) {
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    for (std::size_t i = 0; i < used_; ++i) {
      if (entries_[i].bits == bits) return std::string_view(entries_[i].text, entries_[i].size);
    }
    Entry& e = entries_[used_ < kEntries ? used_++ : next_++ % kEntries];
    const std::string_view text = output::JsonWriter::double_text(d, e.text);
    e.bits = bits;
    e.size = text.size();
    if (text.data() != e.text) std::memcpy(e.text, text.data(), text.size());  // "null"
    return std::string_view(e.text, e.size);
  }

 private:
  static constexpr std::size_t kEntries = 16;
  struct Entry {
    std::uint64_t bits;
    std::size_t size;
    char text[output::JsonWriter::kDoubleTextBytes];
  };
  Entry entries_[kEntries];
  std::size_t used_ = 0;
  std::size_t next_ = 0;
};

// The names of an enum's values (0 to N - 1) as JSON literals, made once:
// written in one move each, not looked at byte by byte.
template <typename Enum, std::size_t N>
class EnumNames {
 public:
  template <typename NameOf>
  explicit EnumNames(NameOf name_of) {
    for (std::size_t i = 0; i < N; ++i) {
      if (const char* name = name_of(static_cast<Enum>(i))) literals_[i] = output::JsonLiteral(name);
    }
  }
  // `name`, the name of `e`, as a JSON string.
  void write(output::JsonWriter& w, Enum e, const char* name) const {
    const auto i = static_cast<std::size_t>(e);
    if (i < N && literals_[i].plain()) w.value(literals_[i]);
    else w.value(name);
  }

 private:
  output::JsonLiteral literals_[N];
};

const EnumNames<EntityType, 6>& entity_type_names() {
  static const EnumNames<EntityType, 6> names([](EntityType t) { return entity_type_name(t); });
  return names;
}
const EnumNames<Gender, 3>& gender_names() {
  static const EnumNames<Gender, 3> names([](Gender g) { return gender_name(g); });
  return names;
}
const EnumNames<QuoteKind, 3>& quote_kind_names() {
  static const EnumNames<QuoteKind, 3> names([](QuoteKind k) { return quote_kind_name(k); });
  return names;
}
const EnumNames<CueType, 4>& cue_type_names() {
  static const EnumNames<CueType, 4> names([](CueType t) { return cue_type_name(t); });
  return names;
}

void write_span(output::JsonWriter& w, CodePointOffsets& code_points, ByteSpan span) {
  const std::size_t start = code_points(span.begin);
  const std::size_t end = code_points(span.end);
  w.span_fields(start, end, span.begin, span.end);
}

// {"start","end","byte_start","byte_end","text"} or null for an empty span.
void write_optional_span(output::JsonWriter& w, const Document& d, CodePointOffsets& code_points, ByteSpan span) {
  if (span.empty()) {
    w.null();
    return;
  }
  w.begin_object();
  write_span(w, code_points, span);
  w.key(keys::text).value(d.slice(span));
  w.end_object();
}

// A coordinate with the precision GeoNames gives (JsonWriter::value(double)
// keeps 4 significant digits, tens of kilometres for a longitude), in the C
// locale whatever the process's.
std::string format_degrees(double d) {
  char buf[64];
  const auto result = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed, 5);
  std::string s(buf, result.ec == std::errc() ? result.ptr : buf);
  if (s.empty()) return "0";
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

// null or {"source","id"} plus what the source gives: country, admin,
// population, lat, lon.
void write_kb(output::JsonWriter& w, const KbLink& kb) {
  if (kb.empty()) {
    w.null();
    return;
  }
  w.begin_object();
  w.key(keys::source).value(kb.source);
  w.key(keys::id).value(kb.id);
  if (!kb.country.empty()) w.key(keys::country).value(kb.country);
  if (!kb.admin.empty()) w.key(keys::admin).value(kb.admin);
  if (kb.population != 0) w.key(keys::population).value(kb.population);
  if (kb.has_coordinates) {
    w.key(keys::lat).raw(format_degrees(kb.lat));
    w.key(keys::lon).raw(format_degrees(kb.lon));
  }
  w.end_object();
}

// The span's code point offsets as two cells, or two empty cells for an
// empty span.
void optional_code_points(output::CsvRow& row, CodePointOffsets& code_points, ByteSpan span) {
  if (span.empty()) {
    row.cell(std::string_view()).cell(std::string_view());
    return;
  }
  row.cell(code_points(span.begin)).cell(code_points(span.end));
}

// The index of the sentence that holds the byte offset, else of the last
// sentence before it, else kNone.
std::size_t sentence_at(const Document& d, std::size_t offset) {
  const auto& sentences = d.sentences();
  const auto after = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                      [](std::size_t o, const Sentence& s) { return o < s.span.begin; });
  if (after == sentences.begin()) return kNone;
  return static_cast<std::size_t>(after - sentences.begin()) - 1;
}

const char* gender_or_null(const Entity& e) {
  return e.type == EntityType::person ? gender_name(e.gender) : nullptr;
}

}  // namespace

void append_json_record(const Document& document, std::string& out) {
  append_json_record(document, out, nullptr, 0);
}

void append_json_record(const Document& document, std::string& out, const std::function<void(std::string&)>& flush,
                        std::size_t piece_bytes) {
  // Between two items: hands the record so far to `flush` once it is large.
  output::JsonWriter w(out, output::RepairMarks(&document));
  CodePointOffsets code_points(document);
  DoubleTexts confidence_texts;
  const auto& entity_types = entity_type_names();
  const auto& genders = gender_names();
  const auto& quote_kinds = quote_kind_names();
  const auto& cue_types = cue_type_names();
  auto piece = [&] {
    if (flush && w.size() >= piece_bytes) {
      w.sync();
      flush(out);
      out.clear();
      w.resume();
    }
  };
  w.begin_object();
  write_id(w, document.id());
  w.key(keys::sentences).begin_array();
  for (const Sentence& s : document.sentences()) {
    w.begin_object();
    write_span(w, code_points, s.span);
    w.end_object();
    piece();
  }
  w.end_array();
  w.key(keys::entities).begin_array();
  for (const Entity& e : document.entities()) {
    w.begin_object();
    w.key(keys::id).value(e.id);
    w.key(keys::type);
    entity_types.write(w, e.type, entity_type_name(e.type));
    w.key(keys::name).value(e.name);
    w.key(keys::roles).begin_array();
    for (const auto& role : e.roles) w.value(role);
    w.end_array();
    if (e.affiliation == kNone) w.key(keys::affiliation).null();
    else w.key(keys::affiliation).value(document.entities()[e.affiliation].id);
    if (const char* g = gender_or_null(e)) genders.write(w.key(keys::gender), e.gender, g);
    else w.key(keys::gender).null();
    if (e.gender_evidence.empty()) w.key(keys::gender_evidence).null();
    else w.key(keys::gender_evidence).value(e.gender_evidence);
    w.key(keys::kb);
    write_kb(w, e.kb);
    w.key(keys::mentions).begin_array();
    for (const std::size_t mi : e.mentions) {
      const Mention& m = document.mentions()[mi];
      w.begin_object();
      write_span(w, code_points, m.span);
      w.key(keys::text).value(document.slice(m.span));
      w.key(keys::rule).value(document.rule_name(m));
      w.end_object();
      piece();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key(keys::quotes).begin_array();
  for (const Quote& q : document.quotes()) {
    w.begin_object();
    w.key(keys::id).value(q.id);
    w.key(keys::kind);
    quote_kinds.write(w, q.kind, quote_kind_name(q.kind));
    write_span(w, code_points, q.span);
    w.key(keys::text).value(document.slice(q.span));
    if (q.speaker.empty()) w.key(keys::speaker).null();
    else w.key(keys::speaker).value(q.speaker);
    if (q.speaker_entity == kNone) w.key(keys::speaker_entity).null();
    else w.key(keys::speaker_entity).value(document.entities()[q.speaker_entity].id);
    w.key(keys::speaker_mention);
    write_optional_span(w, document, code_points, q.speaker_mention);
    // The same span as [start, end] code points, the form annotation tools and scorers read.
    if (q.speaker_mention.empty()) {
      w.key(keys::speaker_span).null();
    } else {
      w.key(keys::speaker_span).begin_array();
      w.value(std::uint64_t{code_points(q.speaker_mention.begin)});
      w.value(std::uint64_t{code_points(q.speaker_mention.end)});
      w.end_array();
    }
    w.key(keys::cue);
    write_optional_span(w, document, code_points, q.cue);
    if (q.cue_type == CueType::none) w.key(keys::cue_type).null();
    else cue_types.write(w.key(keys::cue_type), q.cue_type, cue_type_name(q.cue_type));
    if (q.sieve.empty()) w.key(keys::sieve).null();
    else w.key(keys::sieve).value(q.sieve);
    w.key(keys::confidence).raw(confidence_texts(q.confidence));
    if (q.nested_in == kNone) w.key(keys::nested_in).null();
    else w.key(keys::nested_in).value(document.quotes()[q.nested_in].id);
    w.end_object();
    piece();
  }
  w.end_array();
  w.end_object();
}

void append_json_error_record(std::string_view id, std::string_view message, std::string_view error_code,
                              std::string& out) {
  output::JsonWriter w(out);
  w.begin_object();
  write_id(w, id);
  w.key(keys::error).value(message);
  w.key(keys::error_code).value(error_code);
  w.end_object();
}

void append_json_error_record(std::string_view id, const Error& error, std::string& out) {
  output::JsonWriter w(out);
  w.begin_object();
  write_id(w, id);
  w.key(keys::error).value(error.to_string());
  w.key(keys::error_code).value(error_code_name(error.code()));
  if (error.has_byte_offset()) w.key(keys::error_byte).value(static_cast<std::uint64_t>(error.byte_offset()));
  w.end_object();
}

void append_csv_header(CsvTable table, std::string& out) {
  switch (table) {
    case CsvTable::sentences:
      out += "doc_id,index,paragraph,start,end,byte_start,byte_end,text,error\n";
      break;
    case CsvTable::entities:
      out += "doc_id,id,type,name,roles,mention_count,start,end,byte_start,byte_end,mentions,"
             "affiliation,gender,gender_evidence,kb_source,kb_id,kb_country,kb_population,kb_lat,kb_lon,error\n";
      break;
    case CsvTable::quotes:
      out += "doc_id,id,kind,start,end,byte_start,byte_end,text,speaker,speaker_entity,speaker_type,"
             "speaker_mention,cue,sieve,confidence,speaker_start,speaker_end,cue_start,cue_end,sentence,"
             "paragraph,nested_in,speaker_gender,speaker_kb_id,cue_type,error\n";
      break;
    case CsvTable::documents:
      out += "doc_id,characters,bytes,paragraphs,sentences,entities,mentions,quotes,direct,mixed,indirect,"
             "attributed,error_code,error\n";
      break;
    case CsvTable::mentions:
      out += "doc_id,entity_id,type,entity_name,start,end,byte_start,byte_end,text,sentence,rule,error\n";
      break;
  }
}

void append_csv_rows(const Document& document, CsvTable table, const CsvOptions& options,
                     std::string& out) {
  // Code point offsets through a CodePointOffsets per table that writes them
  // (walked on in mostly ascending order), not the index of the Document.
  switch (table) {
    case CsvTable::sentences: {
      CodePointOffsets code_points(document);
      std::size_t index = 0;
      for (const Sentence& s : document.sentences()) {
        output::CsvRow row(out, options.spreadsheet_safe, output::RepairMarks(&document));
        row.id_cell(document.id())
            .cell(index++)
            .cell(s.paragraph)
            .cell(code_points(s.span.begin))
            .cell(code_points(s.span.end))
            .cell(s.span.begin)
            .cell(s.span.end)
            .cell(document.slice(s.span))
            .cell(std::string_view());
        row.end();
      }
      break;
    }
    case CsvTable::quotes: {
      CodePointOffsets code_points(document);
      for (const Quote& q : document.quotes()) {
        output::CsvRow row(out, options.spreadsheet_safe, output::RepairMarks(&document));
        const Entity* e = q.speaker_entity == kNone ? nullptr : &document.entities()[q.speaker_entity];
        std::string confidence;
        output::append_fixed(q.confidence, 2, confidence);
        row.id_cell(document.id())
            .cell(q.id)
            .cell(quote_kind_name(q.kind))
            .cell(code_points(q.span.begin))
            .cell(code_points(q.span.end))
            .cell(q.span.begin)
            .cell(q.span.end)
            .cell(document.slice(q.span))
            .cell(q.speaker)
            .cell(e ? std::string_view(e->id) : std::string_view())
            .cell(e ? std::string_view(entity_type_name(e->type)) : std::string_view())
            .cell(document.slice(q.speaker_mention))
            .cell(document.slice(q.cue))
            .cell(q.sieve)
            .cell(q.speaker.empty() ? std::string_view() : std::string_view(confidence));
        optional_code_points(row, code_points, q.speaker_mention);
        optional_code_points(row, code_points, q.cue);
        const std::size_t sentence = sentence_at(document, q.span.begin);
        if (sentence == kNone) row.cell(std::string_view()).cell(std::string_view());
        else row.cell(sentence).cell(document.sentences()[sentence].paragraph);
        row.cell(q.nested_in == kNone ? std::string_view() : std::string_view(document.quotes()[q.nested_in].id))
            .cell(e && gender_or_null(*e) ? std::string_view(gender_or_null(*e)) : std::string_view())
            .cell(e ? std::string_view(e->kb.id) : std::string_view())
            .cell(q.cue_type == CueType::none ? std::string_view() : std::string_view(cue_type_name(q.cue_type)))
            .cell(std::string_view());
        row.end();
      }
      break;
    }
    case CsvTable::documents: {
      std::size_t by_kind[3] = {0, 0, 0};
      std::size_t attributed = 0;
      for (const Quote& q : document.quotes()) {
        ++by_kind[static_cast<int>(q.kind)];
        if (!q.speaker.empty()) ++attributed;
      }
      output::CsvRow row(out, options.spreadsheet_safe, output::RepairMarks(&document));
      row.cell(document.id())
          .cell(document.code_point_count())
          .cell(document.text().size())
          .cell(document.paragraphs().size())
          .cell(document.sentences().size())
          .cell(document.entities().size())
          .cell(document.mentions().size())
          .cell(document.quotes().size())
          .cell(by_kind[static_cast<int>(QuoteKind::direct)])
          .cell(by_kind[static_cast<int>(QuoteKind::mixed)])
          .cell(by_kind[static_cast<int>(QuoteKind::indirect)])
          .cell(attributed)
          .cell(std::string_view())
          .cell(std::string_view());
      row.end();
      break;
    }
    case CsvTable::mentions: {
      CodePointOffsets code_points(document);
      for (const Mention& m : document.mentions()) {
        const Entity* e = m.entity == kNone ? nullptr : &document.entities()[m.entity];
        output::CsvRow row(out, options.spreadsheet_safe, output::RepairMarks(&document));
        row.cell(document.id())
            .cell(e ? std::string_view(e->id) : std::string_view())
            .cell(entity_type_name(m.type))
            .cell(e ? std::string_view(e->name) : std::string_view())
            .cell(code_points(m.span.begin))
            .cell(code_points(m.span.end))
            .cell(m.span.begin)
            .cell(m.span.end)
            .cell(document.slice(m.span))
            .cell(m.sentence)
            .cell(document.rule_name(m))
            .cell(std::string_view());
        row.end();
      }
      break;
    }
    case CsvTable::entities: {
      CodePointOffsets code_points(document);
      for (const Entity& e : document.entities()) {
        output::CsvRow row(out, options.spreadsheet_safe, output::RepairMarks(&document));
        std::string roles;
        for (const auto& r : e.roles) roles += (roles.empty() ? "" : "; ") + r;
        std::string texts;
        for (const std::size_t mi : e.mentions) {
          if (!texts.empty()) texts += " | ";
          texts += document.slice(document.mentions()[mi].span);
        }
        const ByteSpan first = document.mentions()[e.mentions.front()].span;
        const char* gender = gender_or_null(e);
        const bool coordinates = e.kb.has_coordinates;
        std::string population;
        output::append_number(e.kb.population, population);
        row.id_cell(document.id())
            .cell(e.id)
            .cell(entity_type_name(e.type))
            .cell(e.name)
            .cell(roles)
            .cell(e.mentions.size())
            .cell(code_points(first.begin))
            .cell(code_points(first.end))
            .cell(first.begin)
            .cell(first.end)
            .cell(texts)
            .cell(e.affiliation == kNone ? std::string_view() : std::string_view(document.entities()[e.affiliation].id))
            .cell(gender ? std::string_view(gender) : std::string_view())
            .cell(e.gender_evidence)
            .cell(e.kb.source)
            .cell(e.kb.id)
            .cell(e.kb.country)
            .cell(e.kb.population == 0 ? std::string() : population)
            .cell(coordinates ? format_degrees(e.kb.lat) : std::string())
            .cell(coordinates ? format_degrees(e.kb.lon) : std::string())
            .cell(std::string_view());
        row.end();
      }
      break;
    }
  }
}

void append_csv_error_row(std::string_view id, const Error& error, CsvTable table,
                          const CsvOptions& options, std::string& out) {
  if (table == CsvTable::documents) {
    append_csv_document_error_row(id, error.to_string(), error_code_name(error.code()), options, out);
    return;
  }
  append_csv_error_row(id, error.to_string(), table, options, out);
}

void append_csv_error_row(std::string_view id, std::string_view message, CsvTable table,
                          const CsvOptions& options, std::string& out) {
  std::size_t empty_columns = 0;
  switch (table) {
    case CsvTable::sentences: empty_columns = 7; break;
    case CsvTable::entities: empty_columns = 19; break;
    case CsvTable::quotes: empty_columns = 24; break;
    case CsvTable::documents: empty_columns = 11; break;
    case CsvTable::mentions: empty_columns = 10; break;
  }
  output::CsvRow row(out, options.spreadsheet_safe);
  row.id_cell(id);
  for (std::size_t i = 0; i < empty_columns; ++i) row.cell(std::string_view());
  if (table == CsvTable::documents) row.cell(std::string_view());  // no error code known
  row.cell(message);
  row.end();
}

void append_csv_document_error_row(std::string_view id, std::string_view message, std::string_view error_code,
                                   const CsvOptions& options, std::string& out) {
  output::CsvRow row(out, options.spreadsheet_safe);
  row.id_cell(id);
  for (std::size_t i = 0; i < 11; ++i) row.cell(std::string_view());  // the counts
  row.cell(error_code).cell(message);
  row.end();
}

void append_csv_cell(std::string_view cell, bool spreadsheet_safe, std::string& out) {
  output::append_csv_cell(cell, out, spreadsheet_safe);
}

}  // namespace sayso
