// The JSONL record and CSV tables of a Document (sayso/output.hpp).
#include <cstdio>

#include "output/csv_writer.hpp"
#include "output/json_writer.hpp"
#include "sayso/output.hpp"

namespace sayso {
namespace {

void write_span(output::JsonWriter& w, const Document& d, ByteSpan span) {
  w.key("start").value(static_cast<std::uint64_t>(d.code_point_offset(span.begin)));
  w.key("end").value(static_cast<std::uint64_t>(d.code_point_offset(span.end)));
  w.key("byte_start").value(static_cast<std::uint64_t>(span.begin));
  w.key("byte_end").value(static_cast<std::uint64_t>(span.end));
}

// {"start","end","byte_start","byte_end","text"} or null for an empty span.
void write_optional_span(output::JsonWriter& w, const Document& d, ByteSpan span) {
  if (span.empty()) {
    w.null();
    return;
  }
  w.begin_object();
  write_span(w, d, span);
  w.key("text").value(d.slice(span));
  w.end_object();
}

}  // namespace

void append_json_record(const Document& document, std::string& out) {
  output::JsonWriter w(out, document.repaired());
  w.begin_object();
  w.key("id").value(document.id());
  w.key("sentences").begin_array();
  for (const Sentence& s : document.sentences()) {
    w.begin_object();
    write_span(w, document, s.span);
    w.end_object();
  }
  w.end_array();
  w.key("entities").begin_array();
  for (const Entity& e : document.entities()) {
    w.begin_object();
    w.key("id").value(e.id);
    w.key("type").value(entity_type_name(e.type));
    w.key("name").value(e.name);
    w.key("roles").begin_array();
    for (const auto& role : e.roles) w.value(role);
    w.end_array();
    w.key("mentions").begin_array();
    for (const std::size_t mi : e.mentions) {
      const Mention& m = document.mentions()[mi];
      w.begin_object();
      write_span(w, document, m.span);
      w.key("text").value(document.slice(m.span));
      w.key("rule").value(m.rule);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("quotes").begin_array();
  for (const Quote& q : document.quotes()) {
    w.begin_object();
    w.key("id").value(q.id);
    w.key("kind").value(quote_kind_name(q.kind));
    write_span(w, document, q.span);
    w.key("text").value(document.slice(q.span));
    if (q.speaker.empty()) w.key("speaker").null();
    else w.key("speaker").value(q.speaker);
    if (q.speaker_entity == kNone) w.key("speaker_entity").null();
    else w.key("speaker_entity").value(document.entities()[q.speaker_entity].id);
    w.key("speaker_mention");
    write_optional_span(w, document, q.speaker_mention);
    // The same span as [start, end] code points, the form annotation tools and scorers read.
    if (q.speaker_mention.empty()) {
      w.key("speaker_span").null();
    } else {
      w.key("speaker_span").begin_array();
      w.value(static_cast<std::uint64_t>(document.code_point_offset(q.speaker_mention.begin)));
      w.value(static_cast<std::uint64_t>(document.code_point_offset(q.speaker_mention.end)));
      w.end_array();
    }
    w.key("cue");
    write_optional_span(w, document, q.cue);
    if (q.sieve.empty()) w.key("sieve").null();
    else w.key("sieve").value(q.sieve);
    w.key("confidence").value(q.confidence);
    if (q.nested_in == kNone) w.key("nested_in").null();
    else w.key("nested_in").value(document.quotes()[q.nested_in].id);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void append_json_error_record(std::string_view id, const Error& error, std::string& out) {
  output::JsonWriter w(out);
  w.begin_object();
  w.key("id").value(id);
  w.key("error").value(error.to_string());
  w.key("error_code").value(error_code_name(error.code()));
  if (error.has_byte_offset()) w.key("error_byte").value(static_cast<std::uint64_t>(error.byte_offset()));
  w.end_object();
}

void append_csv_header(CsvTable table, std::string& out) {
  switch (table) {
    case CsvTable::sentences:
      out += "doc_id,index,paragraph,start,end,byte_start,byte_end,text,error\n";
      break;
    case CsvTable::entities:
      out += "doc_id,id,type,name,roles,mention_count,start,end,byte_start,byte_end,mentions,error\n";
      break;
    case CsvTable::quotes:
      out += "doc_id,id,kind,start,end,byte_start,byte_end,text,speaker,speaker_entity,speaker_type,"
             "speaker_mention,cue,sieve,confidence,nested_in,error\n";
      break;
  }
}

void append_csv_rows(const Document& document, CsvTable table, const CsvOptions& options,
                     std::string& out) {
  switch (table) {
    case CsvTable::sentences: {
      std::size_t index = 0;
      for (const Sentence& s : document.sentences()) {
        output::CsvRow row(out, options.spreadsheet_safe, document.repaired());
        row.cell(document.id())
            .cell(index++)
            .cell(s.paragraph)
            .cell(document.code_point_offset(s.span.begin))
            .cell(document.code_point_offset(s.span.end))
            .cell(s.span.begin)
            .cell(s.span.end)
            .cell(document.slice(s.span))
            .cell(std::string_view());
        row.end();
      }
      break;
    }
    case CsvTable::quotes: {
      for (const Quote& q : document.quotes()) {
        output::CsvRow row(out, options.spreadsheet_safe, document.repaired());
        const Entity* e = q.speaker_entity == kNone ? nullptr : &document.entities()[q.speaker_entity];
        char confidence[16];
        std::snprintf(confidence, sizeof confidence, "%.2f", q.confidence);
        row.cell(document.id())
            .cell(q.id)
            .cell(quote_kind_name(q.kind))
            .cell(document.code_point_offset(q.span.begin))
            .cell(document.code_point_offset(q.span.end))
            .cell(q.span.begin)
            .cell(q.span.end)
            .cell(document.slice(q.span))
            .cell(q.speaker)
            .cell(e ? std::string_view(e->id) : std::string_view())
            .cell(e ? std::string_view(entity_type_name(e->type)) : std::string_view())
            .cell(document.slice(q.speaker_mention))
            .cell(document.slice(q.cue))
            .cell(q.sieve)
            .cell(std::string_view(q.speaker.empty() ? "" : confidence))
            .cell(q.nested_in == kNone ? std::string_view() : std::string_view(document.quotes()[q.nested_in].id))
            .cell(std::string_view());
        row.end();
      }
      break;
    }
    case CsvTable::entities: {
      for (const Entity& e : document.entities()) {
        output::CsvRow row(out, options.spreadsheet_safe, document.repaired());
        std::string roles;
        for (const auto& r : e.roles) roles += (roles.empty() ? "" : "; ") + r;
        std::string texts;
        for (const std::size_t mi : e.mentions) {
          if (!texts.empty()) texts += " | ";
          texts += document.slice(document.mentions()[mi].span);
        }
        const ByteSpan first = document.mentions()[e.mentions.front()].span;
        row.cell(document.id())
            .cell(e.id)
            .cell(entity_type_name(e.type))
            .cell(e.name)
            .cell(roles)
            .cell(e.mentions.size())
            .cell(document.code_point_offset(first.begin))
            .cell(document.code_point_offset(first.end))
            .cell(first.begin)
            .cell(first.end)
            .cell(texts)
            .cell(std::string_view());
        row.end();
      }
      break;
    }
  }
}

void append_csv_error_row(std::string_view id, const Error& error, CsvTable table,
                          const CsvOptions& options, std::string& out) {
  std::size_t empty_columns = 0;
  switch (table) {
    case CsvTable::sentences: empty_columns = 7; break;
    case CsvTable::entities: empty_columns = 10; break;
    case CsvTable::quotes: empty_columns = 15; break;
  }
  output::CsvRow row(out, options.spreadsheet_safe);
  row.cell(id);
  for (std::size_t i = 0; i < empty_columns; ++i) row.cell(std::string_view());
  row.cell(error.to_string());
  row.end();
}

}  // namespace sayso
