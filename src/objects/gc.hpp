// gc.hpp: the cycle collector's side of memory: every object of a TF_GC type (lists,
// dicts, tuples, instances of classes, functions, heap types...) carries a GcHead just
// before its Object, which links it into one of three generation lists while it is
// tracked. Reference counting still frees objects the moment their count reaches zero;
// the collector (gc.cpp) finds the groups of tracked objects that only reference each
// other (cycles and what hangs from them), runs their finalizers once (PEP 442), and
// breaks them with each type's `clear` slot. Collections run when the allocations minus
// deallocations of tracked objects pass the generation-0 threshold, at the next safe
// point of the interpreter (gc_pending: a backward jump or a call), or on gc.collect().
//
// Rules for types: a TF_GC type's objects are allocated with gc_alloc (alloc_instance
// does it) and freed with gc_free (free_instance does it); its traverse visits exactly
// the references the object owns (visiting a borrowed one could free a live object;
// leaving one out only keeps garbage alive); objects::dealloc untracks an object before
// its type's dealloc runs. Static type objects are never tracked (is_gc is false).
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>

#include "objects/alloc.hpp"
#include "objects/object.hpp"

namespace peppy::objects {

struct GcHead {
  GcHead* next;  // null while the object is not tracked
  GcHead* prev;
  // Low bits: the kGc* flags; above kGcShift: gc_refs (the count of references from
  // outside the generation being collected), only meaningful during a collection.
  std::uintptr_t bits;
};

inline constexpr std::uintptr_t kGcFinalized = 1;   // its finalizer has run (or is running)
inline constexpr std::uintptr_t kGcCollecting = 2;  // in the generation being collected
inline constexpr std::uintptr_t kGcUnreachable = 4;  // tentatively unreachable (in the garbage list)
inline constexpr std::uintptr_t kGcHidden = 8;      // not counted by collect(): an instance's
                                                    // __dict__ nobody asked for (CPython has none)
inline constexpr int kGcShift = 4;

struct GcGeneration {
  GcHead head;  // the list's sentinel
  std::int64_t threshold;
  std::int64_t count;  // gen 0: allocations minus deallocations; older: collections of the younger one
};
inline constexpr int kGcGenerations = 3;
extern GcGeneration g_gc_gens[kGcGenerations];
extern bool g_gc_enabled;
// Set when generation 0 passed its threshold: the interpreter calls gc_collect_pending()
// at its next safe point.
extern bool g_gc_pending;

inline GcHead* gc_head(Object* o) { return reinterpret_cast<GcHead*>(o) - 1; }
inline Object* gc_object(GcHead* h) { return reinterpret_cast<Object*>(h + 1); }

// Whether o has a GcHead: its type is TF_GC (for a type object: it is a heap type).
inline bool is_gc(Object* o) {
  const std::uint32_t f = o->type->flags;
  if (!(f & TF_GC)) return false;
  if (f & TF_TYPE_SUBCLASS) return (static_cast<Type*>(o)->flags & TF_HEAPTYPE) != 0;
  return true;
}
inline bool gc_is_tracked(Object* o) { return gc_head(o)->next != nullptr; }

// Links o (a gc object) into generation 0 (no-op if already tracked).
inline void gc_track(Object* o) {
  GcHead* h = gc_head(o);
  if (h->next) return;
  GcHead* g0 = &g_gc_gens[0].head;
  h->next = g0;
  h->prev = g0->prev;
  g0->prev->next = h;
  g0->prev = h;
}
// Unlinks o from its generation (no-op if not tracked).
inline void gc_untrack(Object* o) {
  GcHead* h = gc_head(o);
  if (!h->next) return;
  h->prev->next = h->next;
  h->next->prev = h->prev;
  h->next = nullptr;
  h->prev = nullptr;
}

// Counts one allocation of a gc object (schedules a collection past the threshold).
inline void gc_note_alloc() {
  GcGeneration& g0 = g_gc_gens[0];
  if (++g0.count > g0.threshold && g0.threshold > 0 && g_gc_enabled) g_gc_pending = true;
}

// n bytes for a gc object (uninitialized, the header cleared), tracked; null if out of
// memory (no error set). Never collects (collections wait for a safe point).
inline Object* gc_alloc(std::size_t n) {
  auto* h = static_cast<GcHead*>(obj_malloc(n + sizeof(GcHead)));
  if (!h) return nullptr;
  h->next = nullptr;
  h->bits = 0;
  Object* o = gc_object(h);
  gc_track(o);
  gc_note_alloc();
  return o;
}
// The same, zeroed.
inline Object* gc_alloc_zeroed(std::size_t n) {
  Object* o = gc_alloc(n);
  if (o) std::memset(static_cast<void*>(o), 0, n);
  return o;
}
// The same, not tracked (the caller tracks it with gc_track_new when it may join a
// cycle; only then does it count towards a collection).
inline Object* gc_alloc_untracked(std::size_t n) {
  auto* h = static_cast<GcHead*>(obj_malloc(n + sizeof(GcHead)));
  if (!h) return nullptr;
  h->next = nullptr;
  h->prev = nullptr;
  h->bits = 0;
  return gc_object(h);
}
// Starts tracking an object made by gc_alloc_untracked (a hidden one, an instance's
// __dict__, is part of its instance: it does not count as an allocation).
inline void gc_track_new(Object* o) {
  gc_track(o);
  if (!(gc_head(o)->bits & kGcHidden)) gc_note_alloc();
}
// Reuses the memory of a freed gc object of the same size (free lists): tracks it again.
inline void gc_reuse(Object* o) {
  gc_head(o)->bits = 0;
  gc_track(o);
  gc_note_alloc();
}
// Releases a gc object's memory (n: the size given to gc_alloc).
inline void gc_free(Object* o, std::size_t n) {
  gc_untrack(o);
  obj_free(gc_head(o), n + sizeof(GcHead));
}
// Called by objects::dealloc for a gc object whose count reached zero, before its type's
// dealloc: it leaves its generation so that no collection sees it half freed.
inline void gc_on_dealloc(Object* o) {
  GcHead* h = gc_head(o);
  if (!h->next) return;
  gc_untrack(o);
  if (g_gc_gens[0].count > 0 && !(h->bits & kGcHidden)) --g_gc_gens[0].count;
}

// For C++-constructed objects (the VM's Function, Generator...): a T made in tracked gc
// memory (value-initialized; the caller sets its type), or null if out of memory; and
// its release (destructor, then the memory).
template <class T>
T* gc_new() {
  Object* m = gc_alloc(sizeof(T));
  return m ? new (static_cast<void*>(m)) T() : nullptr;
}
template <class T>
void gc_delete(T* p) {
  p->~T();
  gc_free(p, sizeof(T));
}

// Whether v is an object the collector may have to look at: a gc object, except a tuple
// it has stopped tracking (CPython's _PyObject_GC_MAY_BE_TRACKED).
inline bool gc_may_be_tracked(Value v) {
  if (!v.is_object()) return false;
  Object* o = v.obj();
  if (!is_gc(o)) return false;
  if (o->type == TupleType) return gc_is_tracked(o);
  return true;
}

// PEP 442: the finalizer of o (a gc object) runs at most once.
inline bool gc_is_finalized(Object* o) { return (gc_head(o)->bits & kGcFinalized) != 0; }
inline void gc_set_finalized(Object* o) { gc_head(o)->bits |= kGcFinalized; }
// An instance's __dict__ the program never saw is not counted by collect() (CPython
// 3.11 keeps such attributes inline, with no dict object).
inline void gc_set_hidden(Object* o, bool hidden) {
  if (hidden)
    gc_head(o)->bits |= kGcHidden;
  else
    gc_head(o)->bits &= ~kGcHidden;
}

// Collects generation `generation` and the younger ones; returns the number of
// unreachable objects found (CPython's count: those still unreachable after the
// finalizers ran). Returns 0 without collecting when a collection is running.
std::int64_t gc_collect(int generation);
// Runs the collection gc_pending asked for (the interpreter's safe points).
void gc_collect_pending();
// Whether a collection is running.
bool gc_collecting();

// For the gc module: calls fn on each tracked object of a generation (-1: all three;
// the frozen objects are left out). fn must not free objects.
void gc_for_each_tracked(int generation, void (*fn)(Object*, void*), void* arg);
// gc.freeze(): every tracked object moves to a permanent generation that collections
// ignore; gc.unfreeze() puts them back into the oldest generation.
void gc_freeze();
void gc_unfreeze();
std::int64_t gc_freeze_count();

// gc.get_stats(): per generation, the collections run and the objects they found.
struct GcStats {
  std::int64_t collections = 0, collected = 0;
};
extern GcStats g_gc_stats[kGcGenerations];
// gc.set_debug() flags; with kGcDebugSaveAll the garbage is appended to g_gc_garbage
// (gc.garbage, a list the gc module sets) instead of being freed.
inline constexpr int kGcDebugSaveAll = 32;
extern int g_gc_debug;
extern Value g_gc_garbage;

}  // namespace peppy::objects
