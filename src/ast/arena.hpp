// arena.hpp: the owner of AST nodes. Every node of a tree is made by one Arena
// (arena.make<BinOp>()) and lives until that arena is destroyed; nodes point at each
// other with raw pointers and never own one another, so a tree is freed all at once.
//
// Objects are carved out of large blocks (a bump allocator); those that need a
// destructor (nodes hold strings and vectors) are recorded and destroyed in reverse
// order of creation when the arena goes away. Any type may be made, not only nodes
// (the parser keeps its helper structs here too).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace peppy::ast {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Takes over everything `other` owns; `other` is left empty.
  Arena(Arena&& other) noexcept { take(other); }

  // Destroys what this arena owns, then takes over everything `other` owns.
  Arena& operator=(Arena&& other) noexcept {
    if (this != &other) {
      clear();
      take(other);
    }
    return *this;
  }

  // Destroys every object made by this arena.
  ~Arena() { clear(); }

  // Makes a T owned by the arena: T(args...) when T has such a constructor, else
  // T{args...} (aggregates). With no arguments, T is value-initialized.
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    static_assert(alignof(T) <= kBlockAlign, "Arena: over-aligned type");
    void* place = allocate(sizeof(T), alignof(T));
    // Room for the destructor record first, so that recording it cannot throw once
    // the object exists.
    if constexpr (!std::is_trivially_destructible_v<T>)
      if (dtors_.size() == dtors_.capacity()) grow_dtors();
    T* obj;
    if constexpr (std::is_constructible_v<T, Args&&...>) {
      obj = ::new (place) T(std::forward<Args>(args)...);
    } else {
      obj = ::new (place) T{std::forward<Args>(args)...};
    }
    if constexpr (!std::is_trivially_destructible_v<T>) dtors_.push_back({&destroy<T>, obj});
    ++count_;
    return obj;
  }

  // How many objects this arena has made.
  std::size_t object_count() const noexcept { return count_; }

  // Bytes of the blocks this arena holds.
  std::size_t bytes_reserved() const noexcept { return reserved_; }

 private:
  // Alignment every block start has (what operator new[] guarantees).
  static constexpr std::size_t kBlockAlign = __STDCPP_DEFAULT_NEW_ALIGNMENT__;
  // Size of an ordinary block; larger objects get a block of their own.
  static constexpr std::size_t kBlockSize = 64 * 1024;

  struct Dtor {
    void (*fn)(void*);
    void* obj;
  };

  // Runs T's destructor on the object at p.
  template <typename T>
  static void destroy(void* p) noexcept {
    static_cast<T*>(p)->~T();
  }

  // Returns `size` bytes aligned to `align` from the current block, or a new one.
  void* allocate(std::size_t size, std::size_t align) {
    const std::size_t pad = (align - reinterpret_cast<std::uintptr_t>(cur_) % align) % align;
    if (cur_ == nullptr || pad + size > left_) return allocate_in_new_block(size);
    std::byte* p = cur_ + pad;
    cur_ = p + size;
    left_ -= pad + size;
    return p;
  }

  // allocate() when the current block is full (kept out of line: make<T> stays small,
  // which keeps the stack frames of recursive tree builders small).
  [[gnu::noinline]] void* allocate_in_new_block(std::size_t size) {
    const std::size_t block = size > kBlockSize / 4 ? size : kBlockSize;
    blocks_.push_back(std::unique_ptr<std::byte[]>(new std::byte[block]));  // not zeroed
    reserved_ += block;
    std::byte* p = blocks_.back().get();
    if (block == kBlockSize) {  // keep bump-allocating from the new ordinary block
      cur_ = p + size;
      left_ = block - size;
    }  // else: a big object's own block; the current block stays in use
    return p;
  }

  // Doubles the room for destructor records.
  [[gnu::noinline]] void grow_dtors() { dtors_.reserve(dtors_.empty() ? 256 : 2 * dtors_.capacity()); }

  // Destroys all objects (newest first) and frees the blocks.
  void clear() noexcept {
    for (auto it = dtors_.rbegin(); it != dtors_.rend(); ++it) it->fn(it->obj);
    dtors_.clear();
    blocks_.clear();
    cur_ = nullptr;
    left_ = 0;
    count_ = 0;
    reserved_ = 0;
  }

  // Moves other's contents into this (empty) arena.
  void take(Arena& other) noexcept {
    blocks_ = std::move(other.blocks_);
    dtors_ = std::move(other.dtors_);
    cur_ = std::exchange(other.cur_, nullptr);
    left_ = std::exchange(other.left_, 0);
    count_ = std::exchange(other.count_, 0);
    reserved_ = std::exchange(other.reserved_, 0);
    other.blocks_.clear();
    other.dtors_.clear();
  }

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::vector<Dtor> dtors_;
  std::byte* cur_ = nullptr;
  std::size_t left_ = 0;
  std::size_t count_ = 0;
  std::size_t reserved_ = 0;
};

}  // namespace peppy::ast
