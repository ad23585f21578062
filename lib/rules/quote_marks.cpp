#include "rules/quote_marks.hpp"

#include <algorithm>

#include "core/char_class.hpp"
#include "core/utf8.hpp"
#include "rules/rule_table.hpp"

namespace sayso::rules {
namespace {

// The kinds in the order rules/common/columns.tsv declares them, which is
// the order of QuoteKind.
std::optional<QuoteKind> kind_named(const std::string& name) {
  const Result<RuleSchemas>& schemas = RuleSchemas::embedded();
  if (!schemas) return std::nullopt;
  const FileSchema* file = schemas.value().find("quote_marks");
  if (!file) return std::nullopt;
  for (const ColumnSchema& column : file->columns) {
    if (column.name != "kind") continue;
    const auto it = std::find(column.values.begin(), column.values.end(), name);
    if (it == column.values.end() || static_cast<std::size_t>(it - column.values.begin()) >= kQuoteKinds) break;
    return static_cast<QuoteKind>(it - column.values.begin());
  }
  return std::nullopt;
}

}  // namespace

bool QuoteMark::closed_by(char32_t close) const noexcept {
  return std::any_of(closes_for.begin(), closes_for.end(), [&](const auto& p) { return p.first == close; });
}

QuoteMark& QuoteMarks::mark_for(char32_t c) {
  if (c < 0x80) {
    if (ascii_[c] < 0) {
      ascii_[c] = static_cast<std::int16_t>(marks_.size());
      marks_.emplace_back();
    }
    return marks_[static_cast<std::size_t>(ascii_[c])];
  }
  const auto [it, inserted] = others_.try_emplace(c, marks_.size());
  if (inserted) marks_.emplace_back();
  return marks_[it->second];
}

Result<QuoteMarks> QuoteMarks::load(const RuleSet& rules) {
  QuoteMarks result;
  result.ascii_.fill(-1);
  for (const RuleFile* file : rules.files_for("common/quote_marks.tsv")) {
    auto table = RuleTable::parse_declared(file->content, file->display_name);
    if (!table) return table.error();
    const RuleTable& t = table.value();
    for (const RuleRow& row : t.rows()) {
      // columns.tsv makes open and close one character each.
      const char32_t open = core::decode_at(RuleTable::cell(row, t.column_index("open")), 0).code_point;
      const char32_t close = core::decode_at(RuleTable::cell(row, t.column_index("close")), 0).code_point;
      const auto kind = kind_named(RuleTable::cell(row, t.column_index("kind")));
      if (!kind) return t.error_at(row, t.column_index("kind"), "this sayso knows no such kind of quotation mark");
      QuoteMark& o = result.mark_for(open);
      if (!o.can_open && o.closes_kinds.empty()) o.kind = *kind;
      o.can_open = true;
      o.closes_for.push_back({close, *kind});
      o.undirected = o.undirected || open == close;
      o.apostrophe_like = core::is_apostrophe_like(open);
      QuoteMark& c = result.mark_for(close);  // may be o itself: o is not used below
      if (!c.can_open && c.closes_kinds.empty()) c.kind = *kind;
      if (std::find(c.closes_kinds.begin(), c.closes_kinds.end(), *kind) == c.closes_kinds.end()) {
        c.closes_kinds.push_back(*kind);
      }
      c.undirected = c.undirected || open == close;
      c.apostrophe_like = core::is_apostrophe_like(close);
    }
  }
  return result;
}

}  // namespace sayso::rules
