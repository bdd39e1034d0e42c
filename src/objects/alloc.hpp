// alloc.hpp: the small-object allocator of the built-in types: blocks up to 512 bytes
// come from per-size free lists (16-byte size classes) carved out of 64 KiB chunks, the
// way CPython's pymalloc serves its objects; larger ones from malloc. A block must be
// freed with the size it was allocated with. Under AddressSanitizer every block goes to
// malloc so the leak checker sees each object.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>

namespace peppy::objects {

#if defined(__SANITIZE_ADDRESS__)
#define PEPPY_PLAIN_MALLOC 1
#endif

inline constexpr std::size_t kPoolMax = 512;

struct FreeBlock {
  FreeBlock* next;
};
extern FreeBlock* g_pool_free[kPoolMax / 16 + 1];
// Refills size class c (blocks of c * 16 bytes) and returns one block.
void* pool_refill(std::size_t c);

// n bytes (uninitialized).
inline void* obj_malloc(std::size_t n) {
#ifdef PEPPY_PLAIN_MALLOC
  return std::malloc(n ? n : 1);
#else
  if (n > kPoolMax) return std::malloc(n);
  std::size_t c = n ? (n + 15) >> 4 : 1;
  FreeBlock* b = g_pool_free[c];
  if (b) {
    g_pool_free[c] = b->next;
    return b;
  }
  return pool_refill(c);
#endif
}

// n zeroed bytes.
inline void* obj_calloc(std::size_t n) {
  void* p = obj_malloc(n);
  if (p) std::memset(p, 0, n);
  return p;
}

// Frees a block of n bytes from obj_malloc.
inline void obj_free(void* p, std::size_t n) {
#ifdef PEPPY_PLAIN_MALLOC
  (void)n;
  std::free(p);
#else
  if (!p) return;
  if (n > kPoolMax) {
    std::free(p);
    return;
  }
  std::size_t c = n ? (n + 15) >> 4 : 1;
  auto* b = static_cast<FreeBlock*>(p);
  b->next = g_pool_free[c];
  g_pool_free[c] = b;
#endif
}

// Resizes a block from old_n to new_n bytes (contents kept up to the smaller size).
void* obj_realloc(void* p, std::size_t old_n, std::size_t new_n);

}  // namespace peppy::objects
