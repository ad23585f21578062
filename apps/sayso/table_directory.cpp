// The tables of --output-dir (table_directory.hpp).
#include "table_directory.hpp"

#include <filesystem>
#include <fstream>
#include <system_error>
#include <utility>
#include <vector>

namespace sayso::cli {
namespace {

namespace fs = std::filesystem;

struct TableFile {
  CsvTable table;
  const char* name;
};
constexpr TableFile kTables[] = {{CsvTable::documents, "documents.csv"},
                                 {CsvTable::quotes, "quotes.csv"},
                                 {CsvTable::entities, "entities.csv"},
                                 {CsvTable::mentions, "mentions.csv"},
                                 {CsvTable::sentences, "sentences.csv"}};
constexpr std::size_t kTableCount = sizeof kTables / sizeof *kTables;

class TableDirectorySink : public DocumentSink {
 public:
  TableDirectorySink(std::vector<std::unique_ptr<std::ofstream>> files, std::vector<std::string> paths,
                     const TableDirectoryOptions& options)
      : files_(std::move(files)), paths_(std::move(paths)), options_(options), buffers_(kTableCount) {
    for (std::size_t i = 0; i < kTableCount; ++i) {
      if (options_.byte_order_mark) buffers_[i] += kUtf8ByteOrderMark;
      append_csv_header(kTables[i].table, buffers_[i]);
    }
  }

  void add(const Document& document) override {
    for (std::size_t i = 0; i < kTableCount; ++i) append_csv_rows(document, kTables[i].table, options_.csv, buffers_[i]);
    flush_full();
  }
  void add_error(std::string_view id, std::string_view message, std::string_view error_code) override {
    append_csv_document_error_row(id, message, error_code, options_.csv, buffers_[0]);
    flush_full();
  }
  bool finish() override {
    for (std::size_t i = 0; i < kTableCount; ++i) {
      flush(i);
      files_[i]->flush();
      if (!*files_[i] && failed_.empty()) failed_ = paths_[i];
    }
    return failed_.empty();
  }
  std::string error() const override { return "writing '" + failed_ + "' failed"; }

 private:
  void flush_full() {
    for (std::size_t i = 0; i < kTableCount; ++i)
      if (buffers_[i].size() >= (1u << 16)) flush(i);
  }
  void flush(std::size_t i) {
    files_[i]->write(buffers_[i].data(), static_cast<std::streamsize>(buffers_[i].size()));
    buffers_[i].clear();
    if (!*files_[i] && failed_.empty()) failed_ = paths_[i];
  }

  std::vector<std::unique_ptr<std::ofstream>> files_;
  std::vector<std::string> paths_;
  TableDirectoryOptions options_;
  std::vector<std::string> buffers_;
  std::string failed_;  // the first file that could not be written
};

}  // namespace

Result<std::unique_ptr<DocumentSink>> make_table_directory_sink(const std::string& directory,
                                                                const TableDirectoryOptions& options) {
  std::error_code ec;
  fs::create_directories(directory, ec);
  if (ec || !fs::is_directory(directory, ec))
    return Error(ErrorCode::io, "cannot create the output directory '" + directory + "'" +
                                    (ec ? ": " + ec.message() : std::string()));
  std::vector<std::unique_ptr<std::ofstream>> files;
  std::vector<std::string> paths;
  for (const TableFile& t : kTables) {
    const std::string path = (fs::path(directory) / t.name).string();
    auto file = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
    if (!*file) return Error(ErrorCode::io, "cannot write '" + path + "'");
    files.push_back(std::move(file));
    paths.push_back(path);
  }
  return std::unique_ptr<DocumentSink>(
      std::make_unique<TableDirectorySink>(std::move(files), std::move(paths), options));
}

}  // namespace sayso::cli
