// alloc.cpp: the small-object allocator's slow paths: carving a new 64 KiB chunk into
// blocks of one size class, and resizing blocks.
#include "objects/alloc.hpp"

#include <vector>

namespace peppy::objects {

FreeBlock* g_pool_free[kPoolMax / 16 + 1];

// The chunks (kept for the life of the process, so they stay reachable).
static std::vector<void*>* g_chunks = nullptr;

// Carves a chunk into blocks of class c, keeps all but one on the free list.
void* pool_refill(std::size_t c) {
  constexpr std::size_t kChunk = 64 * 1024;
  std::size_t size = c * 16;
  char* chunk = static_cast<char*>(std::malloc(kChunk));
  if (!chunk) return nullptr;
  if (!g_chunks) g_chunks = new std::vector<void*>();
  g_chunks->push_back(chunk);
  std::size_t n = kChunk / size;
  for (std::size_t i = n; i-- > 1;) {
    auto* b = reinterpret_cast<FreeBlock*>(chunk + i * size);
    b->next = g_pool_free[c];
    g_pool_free[c] = b;
  }
  return chunk;
}

// Resizes a block (a pool block moves; a malloc block may grow in place).
void* obj_realloc(void* p, std::size_t old_n, std::size_t new_n) {
#ifdef PEPPY_PLAIN_MALLOC
  (void)old_n;
  return std::realloc(p, new_n ? new_n : 1);
#else
  if (!p) return obj_malloc(new_n);
  if (old_n > kPoolMax && new_n > kPoolMax) return std::realloc(p, new_n);
  if (old_n <= kPoolMax && new_n <= kPoolMax && ((old_n + 15) >> 4) == ((new_n + 15) >> 4) && old_n && new_n) return p;
  void* q = obj_malloc(new_n);
  if (!q) return nullptr;
  std::memcpy(q, p, old_n < new_n ? old_n : new_n);
  obj_free(p, old_n);
  return q;
#endif
}

}  // namespace peppy::objects
