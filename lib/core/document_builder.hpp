// The pipeline's write access to a Document while the stages run.
#ifndef SAYSO_CORE_DOCUMENT_BUILDER_HPP
#define SAYSO_CORE_DOCUMENT_BUILDER_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/deadline.hpp"
#include "core/token_keys.hpp"
#include "sayso/document.hpp"

namespace sayso {

// "No mention" in DocumentBuilder::mention_of_token() and the arrays like
// it: a mention index in 32 bits (a document's offsets are 32-bit, so its
// mentions are fewer than UINT32_MAX).
inline constexpr std::uint32_t kNoMention = UINT32_MAX;

class DocumentBuilder {
 public:
  // Takes the (validated or repaired) text and builds the code point index.
  DocumentBuilder(std::string id, std::string text, bool repaired);

  std::string_view text() const noexcept { return document_.text_; }
  std::vector<Paragraph>& paragraphs() noexcept { return document_.paragraphs_; }
  std::vector<Sentence>& sentences() noexcept { return document_.sentences_; }
  std::vector<Token>& tokens() noexcept { return document_.tokens_; }
  std::vector<Mention>& mentions() noexcept { return document_.mentions_; }
  std::vector<Entity>& entities() noexcept { return document_.entities_; }
  std::vector<RoleMention>& roles() noexcept { return document_.roles_; }
  std::vector<Quote>& quotes() noexcept { return document_.quotes_; }
  const Document& document() const noexcept { return document_; }
  // The offsets of the bytes repair replaced, when the input also held
  // U+001A characters (Document::repair_marks_mixed()); sorted.
  std::vector<std::size_t>& repair_marks() noexcept { return document_.repair_marks_; }

  // The lookup key of every token (see core/token_keys.hpp), in token order.
  // Filled once, by lexicon::token_keys(), which every stage that reads keys
  // calls; not part of the finished Document.
  core::TokenKeys& token_keys() noexcept { return token_keys_; }
  const core::TokenKeys& token_keys() const noexcept { return token_keys_; }

  // Per token, the index of the mention over it (of several, the last),
  // else kNoMention: 32 bits a token. index_mentions_by_token() fills it
  // from the mentions as they are then; it is stale once a mention is added,
  // removed, moved or changes its tokens (a change of type keeps it). The
  // entity stage fills it once its mentions are final
  // (entities::link_entities), for itself and the linkers after it, so
  // that the document's tokens are indexed once; not part of the finished
  // Document.
  const std::vector<std::uint32_t>& mention_of_token() const noexcept { return mention_of_token_; }
  void index_mentions_by_token();

  // The index of a rule name in the document's table (Mention::rule_index),
  // adding the name the first time; every mention a rule finds shares it.
  // A hashed lookup (one hash of the name, one compare), no string made but
  // the document's copy of a new name.
  std::uint32_t rule_index(std::string_view name);

  // The document's time limit (none unless set); long loops call check().
  Deadline& deadline() noexcept { return deadline_; }

  Document finish() && { return std::move(document_); }

 private:
  Document document_;
  Deadline deadline_;
  core::TokenKeys token_keys_;
  std::vector<std::uint32_t> mention_of_token_;
  // Document::rule_names_ by hash: open addressing over a power of two of
  // slots, each 0 (empty) or 1 + a Mention::rule_index; at least twice as
  // many slots as names.
  std::vector<std::uint32_t> rule_slots_;
  std::vector<std::size_t> rule_hashes_;  // by rule index, to place the names again when the slots grow
};

}  // namespace sayso

#endif  // SAYSO_CORE_DOCUMENT_BUILDER_HPP
