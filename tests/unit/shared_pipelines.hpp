// The pipelines the unit tests share: built once per test binary, with the
// embedded rules, and safe to use from every test (a Pipeline is immutable).
#ifndef SAYSO_TESTS_SHARED_PIPELINES_HPP
#define SAYSO_TESTS_SHARED_PIPELINES_HPP

#include "sayso/sayso.hpp"

namespace sayso_test {

// Default options: quotes without a speaker are dropped.
inline const sayso::Pipeline& default_pipeline() {
  static const sayso::Pipeline p = sayso::Pipeline::create().value();
  return p;
}

// keep_unattributed_quotes: quotes (and reported clauses) without a speaker are kept.
inline const sayso::Pipeline& pipeline_keeping_unattributed() {
  static const sayso::Pipeline p = [] {
    sayso::PipelineOptions o;
    o.keep_unattributed_quotes = true;
    return sayso::Pipeline::create(o).value();
  }();
  return p;
}

}  // namespace sayso_test

#endif  // SAYSO_TESTS_SHARED_PIPELINES_HPP
