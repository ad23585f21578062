// A vector whose new elements of a trivial type are left uninitialised, for
// scratch arrays that every reader writes before it reads (no memset of
// every slot first). Use it only where that holds; say so at the member.
#ifndef SAYSO_CORE_UNINIT_VECTOR_HPP
#define SAYSO_CORE_UNINIT_VECTOR_HPP

#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace sayso::core {

// An allocator whose value-construction (resize(), a size constructor)
// default-initialises: a trivial type is left as the memory was.
template <typename T>
struct UninitAllocator : std::allocator<T> {
  static_assert(std::is_trivially_default_constructible_v<T>, "no constructor to skip");
  template <typename U>
  struct rebind {
    using other = UninitAllocator<U>;
  };
  UninitAllocator() = default;
  template <typename U>
  UninitAllocator(const UninitAllocator<U>&) noexcept {}
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

template <typename T>
using UninitVector = std::vector<T, UninitAllocator<T>>;

}  // namespace sayso::core

#endif  // SAYSO_CORE_UNINIT_VECTOR_HPP
