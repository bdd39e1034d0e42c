// bytes.cpp: bytes, bytearray and memoryview (the basics): the literal repr, indexing
// (an int), slicing, len, +, *, comparison, hash, iteration, `in`, construction,
// decode, %-formatting and the common methods (hex, fromhex, join, find, index,
// count, startswith, endswith, replace, split, strip, upper, lower, is*), shared by
// bytes and bytearray; bytearray's mutation (item and slice assignment, append,
// extend, insert, pop, remove, reverse, clear, +=); memoryview over bytes-likes.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "objects/alloc.hpp"
#include "objects/bytes_impl.hpp"
#include "objects/core.hpp"
#include "objects/gc.hpp"
#include "unicode/codecs.hpp"

namespace peppy::objects {

static Type g_bytes, g_bytes_iter, g_bytearray, g_memoryview;
Type* const BytesType = &g_bytes;
Type* const ByteArrayType = &g_bytearray;
Type* const MemoryViewType = &g_memoryview;

// A bytearray: its bytes in a std::string (owned).
struct ByteArray : Object {
  std::string* buf;
};
// A memoryview: the object it views and its own copy of the viewed range.
struct MemoryView : Object {
  Value obj;              // owned
  std::size_t start, length;
  bool readonly_view;     // made by toreadonly()
};

// A bytes of type t holding raw (the data follows the header).
static Value bytes_alloc_type(Type* t, std::string_view raw) {
  std::size_t head = t == BytesType ? sizeof(Bytes) : ((t->basic_size + 7) & ~std::size_t{7});
  const std::size_t size = head + raw.size() + 1;
  void* mem = (t->flags & TF_GC) ? static_cast<void*>(gc_alloc(size)) : obj_malloc(size);  // (subclasses)
  if (!mem) return raise_no_memory();
  std::memset(mem, 0, head);
  auto* b = static_cast<Bytes*>(mem);
  b->refcnt = 1;
  b->type = t;
  b->hash = -1;
  b->length = raw.size();
  b->data = static_cast<unsigned char*>(mem) + head;
  if (!raw.empty()) std::memcpy(b->data, raw.data(), raw.size());
  b->data[raw.size()] = 0;
  if (t->flags & TF_HEAPTYPE) incref(val(t));
  return val(b);
}
// A new bytes object.
Value make_bytes(std::string_view raw) { return bytes_alloc_type(BytesType, raw); }

// Frees bytes.
static void bytes_dealloc(Object* o) {
  Type* t = o->type;
  std::size_t head = t == BytesType ? sizeof(Bytes) : ((t->basic_size + 7) & ~std::size_t{7});
  free_instance_sized(o, head + static_cast<Bytes*>(o)->length + 1);
}
// The Bytes layout of v.
static inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.obj()); }
// Whether v is a bytearray.
static inline bool is_bytearray(Value v) { return v.is_object() && isinstance_type(v, ByteArrayType); }
// Whether v is a memoryview.
static inline bool is_memoryview(Value v) { return v.is_object() && v.obj()->type == MemoryViewType; }
// Whether v is bytes-like (bytes, bytearray, memoryview).
static inline bool is_bytes(Value v) {
  return v.is_object() && (isinstance_type(v, BytesType) || is_bytearray(v) || is_memoryview(v));
}
// The bytes of a bytes-like value.
std::string_view bview(Value v) {
  if (is_bytearray(v)) return *static_cast<ByteArray*>(v.obj())->buf;
  if (is_memoryview(v)) {
    auto* m = static_cast<MemoryView*>(v.obj());
    return bview(m->obj).substr(m->start, m->length);
  }
  return {reinterpret_cast<const char*>(as_bytes(v)->data), as_bytes(v)->length};
}
// A result of self's kind: bytearray for bytearrays, else bytes.
Value same_kind(Value self, std::string_view raw) {
  return is_bytearray(self) ? make_bytearray(raw) : make_bytes(raw);
}

// b'...' with Python's quote choice and escapes.
static std::string bytes_literal(std::string_view s);
// repr() of bytes.
static Value bytes_repr(Value v) {
  if (is_bytearray(v)) return make_str_ascii(type_name(v) + "(" + bytes_literal(bview(v)) + ")");
  return make_str_ascii(bytes_literal(bview(v)));
}
// b'...' text of raw bytes.
static std::string bytes_literal(std::string_view s) {
  bool sq = s.find('\'') != std::string_view::npos, dq = s.find('"') != std::string_view::npos;
  char q = sq && !dq ? '"' : '\'';
  std::string out = "b";
  out += q;
  static const char* hex = "0123456789abcdef";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += q;
  return out;
}

// Hash: FNV-1a over the bytes (consistent, not CPython's).
static std::int64_t bytes_hash(Value v) {
  Bytes* b = as_bytes(v);
  if (b->hash != -1) return b->hash;
  if (b->length == 0) return b->hash = 0;  // as CPython: hash(b'') == 0
  // str_hash's function over the bytes, so that hash(b'abc') == hash('abc') as in CPython
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (std::size_t i = 0; i < b->length; ++i) {
    h ^= b->data[i];
    h *= 0x100000001b3ull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  auto r = static_cast<std::int64_t>(h);
  if (r == -1) r = -2;
  b->hash = r;
  return r;
}
// Rich comparison of bytes.
static Value bytes_richcompare(Value a, Value b, int op) {
  if (!is_bytes(a) || !is_bytes(b)) return newref(NotImplemented());
  int c = bview(a).compare(bview(b));
  return newref(cmp_result(c < 0 ? -1 : c > 0, op));
}
// len() of bytes.
static std::int64_t bytes_len(Value v) { return static_cast<std::int64_t>(bview(v).size()); }

// bytes[key].
static Value bytes_getitem(Value self, Value key) {
  std::string_view bv = bview(self);
  struct {
    std::size_t length;
    const unsigned char* data;
  } bs{bv.size(), reinterpret_cast<const unsigned char*>(bv.data())}, *b = &bs;
  if (is_exact(key, SliceType)) {
    std::int64_t start, stop, step;
    if (!slice_unpack(key, start, stop, step)) return Value();
    std::int64_t n = slice_adjust(static_cast<std::int64_t>(b->length), start, stop, step);
    std::string out;
    for (std::int64_t i = 0, j = start; i < n; ++i, j += step) out += static_cast<char>(b->data[j]);
    return same_kind(self, out);
  }
  if (!is_int(key) && !type_of(key)->index)
    return raise_fmt(TypeErrorType, "byte indices must be integers or slices, not %s", {type_name(key)});
  std::int64_t i;
  if (!index_value(key, i)) return Value();
  if (i < 0) i += static_cast<std::int64_t>(b->length);
  if (i < 0 || i >= static_cast<std::int64_t>(b->length)) return raise(IndexErrorType, "index out of range");
  return Value::small(b->data[i]);
}
// bytes + bytes.
static Value bytes_concat(Value a, Value b) {
  if (!is_bytes(b)) return raise_fmt(TypeErrorType, "can't concat %s to %s", {type_name(b), type_name(a)});
  std::string s(bview(a));
  s += bview(b);
  return same_kind(a, s);
}
// bytes * n.
static Value bytes_repeat(Value a, Value n) {
  if (!is_int(n) && !type_of(n)->index)
    return raise_fmt(TypeErrorType, "can't multiply sequence by non-int of type '%s'", {type_name(n)});
  std::int64_t k;
  if (!index_value(n, k, OverflowErrorType)) return Value();
  std::string s;
  for (std::int64_t i = 0; i < k; ++i) s += bview(a);
  return same_kind(a, s);
}
// `x in bytes`.
static int bytes_contains(Value self, Value x) {
  if (is_int(x)) {
    std::int64_t c;
    if (!int_to_int64(x, c) || c < 0 || c > 255) {
      raise(ValueErrorType, "byte must be in range(0, 256)");
      return -1;
    }
    return bview(self).find(static_cast<char>(c)) != std::string_view::npos;
  }
  if (!is_bytes(x)) {
    raise_fmt(TypeErrorType, "a bytes-like object is required, not '%s'", {type_name(x)});
    return -1;
  }
  return bview(self).find(bview(x)) != std::string_view::npos;
}

struct BytesIter : Object {
  Value b;
  std::size_t pos;
};
// iter() of bytes.
static Value bytes_iter(Value self) {
  Value it = alloc_instance(&g_bytes_iter);
  if (!it) return it;
  static_cast<BytesIter*>(it.obj())->b = newref(self);
  return it;
}
// next() of bytes_iterator.
static Value bytes_iter_next(Value self) {
  auto* i = static_cast<BytesIter*>(self.obj());
  std::string_view b = bview(i->b);
  if (i->pos >= b.size()) return Value();
  return Value::small(static_cast<unsigned char>(b[i->pos++]));
}
// Frees bytes_iterator.
static void bytes_iter_dealloc(Object* o) {
  decref(static_cast<BytesIter*>(o)->b);
  free_instance(o);
}
// iter() of bytes_iterator.
static Value self_iter(Value self) { return newref(self); }

// bytes.decode(encoding='utf-8', errors='strict')
static Value bytes_decode(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"encoding", "errors"};
  Value a[2];
  if (!parse_args("decode", args, nargs, kwnames, kw, 2, 0, a)) return Value();
  if (a[0] && !is_str(a[0]))
    return raise_fmt(TypeErrorType, "decode() argument 'encoding' must be str, not %s", {type_name(a[0])});
  if (a[1] && !is_str(a[1]))
    return raise_fmt(TypeErrorType, "decode() argument 'errors' must be str, not %s", {type_name(a[1])});
  std::string enc = a[0] ? str_utf8(as_str(a[0])) : "utf-8";
  std::string errors = a[1] ? str_utf8(as_str(a[1])) : "strict";
  auto codec = unicode::lookup_codec(enc);
  if (!codec) return raise_fmt(LookupErrorType, "unknown encoding: %s", {enc});
  std::u32string out;
  std::string_view data = bview(self);
  if (errors == "strict") {
    auto err = unicode::decode(*codec, data, out);
    if (err) {
      // "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte": rebuild
      // it as UnicodeDecodeError(encoding, object, start, end, reason).
      const std::string& m = *err;
      std::size_t p = m.find("in position "), colon = m.find(": ", p == std::string::npos ? 0 : p);
      std::size_t q1 = m.find('\''), q2 = q1 == std::string::npos ? std::string::npos : m.find('\'', q1 + 1);
      if (p == std::string::npos || colon == std::string::npos || q2 == std::string::npos)
        return raise(UnicodeDecodeErrorType, m);
      std::string pos = m.substr(p + 12, colon - p - 12);
      std::size_t dash = pos.find('-');
      std::int64_t start = std::strtoll(pos.c_str(), nullptr, 10);
      std::int64_t end = dash == std::string::npos ? start + 1 : std::strtoll(pos.c_str() + dash + 1, nullptr, 10) + 1;
      Value obj = make_bytes(data);
      raise_unicode_error(UnicodeDecodeErrorType, m.substr(q1 + 1, q2 - q1 - 1), obj, start, end, m.substr(colon + 2));
      decref(obj);
      return Value();
    }
    return make_str(out);
  }
  // replace / ignore: decode piecewise, dropping or replacing each bad byte.
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::u32string part;
    auto err = unicode::decode(*codec, data.substr(pos), part);
    out += part;
    if (!err) break;
    std::string consumed = utf8_of(part);
    pos += codec->kind == unicode::CodecKind::utf_8 ? consumed.size() : part.size();
    if (errors == "replace") {
      out += U'\uFFFD';
    } else if (errors == "surrogateescape" && pos < data.size()) {
      out += static_cast<char32_t>(0xDC00 + static_cast<unsigned char>(data[pos]));
    } else if (errors == "backslashreplace" && pos < data.size()) {
      static const char kHex[] = "0123456789abcdef";
      const auto b = static_cast<unsigned char>(data[pos]);
      out += U"\\x";
      out += static_cast<char32_t>(kHex[b >> 4]);
      out += static_cast<char32_t>(kHex[b & 15]);
    } else if (errors != "ignore") {
      return raise_fmt(LookupErrorType, "unknown error handler name '%s'", {errors});
    }
    ++pos;
  }
  return make_str(out);
}
// bytes.hex(sep=None, bytes_per_sep=1)
static Value bytes_hex(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"sep", "bytes_per_sep"};
  Value a[2];
  if (!parse_args("hex", args, nargs, kwnames, kw, 2, 0, a)) return Value();
  std::string sep;
  if (a[0]) {
    if (is_str(a[0]))
      sep = str_utf8(as_str(a[0]));
    else if (is_bytes(a[0]))
      sep = bview(a[0]);
    else
      return raise_type_error("sep must be str or bytes.");
    if (sep.size() != 1) return raise(ValueErrorType, "sep must be length 1.");
  }
  std::int64_t per = 1;
  if (a[1] && !index_value(a[1], per, OverflowErrorType)) return Value();
  static const char* hex = "0123456789abcdef";
  std::string_view data = bview(self);
  std::string out;
  std::size_t n = data.size();
  std::size_t group = per < 0 ? static_cast<std::size_t>(-per) : static_cast<std::size_t>(per);
  for (std::size_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && group > 0) {
      // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
      bool cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (cut) out += sep;
    }
    auto c = static_cast<unsigned char>(data[i]);
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return make_str_ascii(out);
}
// bytes.fromhex(s)
static Value bytes_fromhex(Value cls_of_fromhex, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("fromhex", nargs, 1)) return Value();
  if (!is_str(args[0])) return raise_fmt(TypeErrorType, "fromhex() argument must be str, not %s", {type_name(args[0])});
  std::u32string_view s = str_view(as_str(args[0]));
  std::string out;
  auto hv = [](char32_t c) -> int {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return static_cast<int>((c | 0x20) - 'a' + 10);
    return -1;
  };
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    int h = hv(s[i]), l = i + 1 < s.size() ? hv(s[i + 1]) : -1;
    if (h < 0 || l < 0)
      return raise_fmt(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %s",
                       {std::to_string(h < 0 ? i : i + 1)});
    out += static_cast<char>(h * 16 + l);
    i += 2;
  }
  return is_type(cls_of_fromhex) && as_type(cls_of_fromhex) == ByteArrayType ? make_bytearray(out) : make_bytes(out);
}
// bytes.join(iterable)
static Value bytes_join(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("join", nargs, 1)) return Value();
  std::string out;
  std::size_t i = 0;
  int r = for_each(args[0], [&](Value x) {
    if (!is_bytes(x)) {
      raise_fmt(TypeErrorType, "sequence item %s: expected a bytes-like object, %s found", {std::to_string(i), type_name(x)});
      return -1;
    }
    if (i++) out += bview(self);
    out += bview(x);
    return 0;
  });
  if (r < 0) return Value();
  return same_kind(self, out);
}
// A bytes argument or TypeError.
bool bytes_arg(Value v, std::string_view& out) {
  if (!is_bytes(v)) {
    raise_fmt(TypeErrorType, "a bytes-like object is required, not '%s'", {type_name(v)});
    return false;
  }
  out = bview(v);
  return true;
}
// find/rfind/index/rindex (sub may be an int).
static Value bytes_find_impl(Value self, const Value* args, std::size_t nargs, const char* name, bool right,
                             bool must) {
  if (!check_args(name, nargs, 1, 1)) return Value();
  std::string_view sub;
  char one;
  if (is_int(args[0])) {
    std::int64_t c;
    if (!int_to_int64(args[0], c) || c < 0 || c > 255) return raise(ValueErrorType, "byte must be in range(0, 256)");
    one = static_cast<char>(c);
    sub = std::string_view(&one, 1);
  } else if (!bytes_arg(args[0], sub)) {
    return Value();
  }
  std::size_t k = right ? bview(self).rfind(sub) : bview(self).find(sub);
  if (k == std::string_view::npos) {
    if (must) return raise(ValueErrorType, "subsection not found");
    return Value::small(-1);
  }
  return make_int(static_cast<std::int64_t>(k));
}
// bytes.find()
static Value bytes_find(Value self, const Value* a, std::size_t n, Tuple*) { return bytes_find_impl(self, a, n, "find", false, false); }
// bytes.rfind()
static Value bytes_rfind(Value self, const Value* a, std::size_t n, Tuple*) { return bytes_find_impl(self, a, n, "rfind", true, false); }
// bytes.index()
static Value bytes_index(Value self, const Value* a, std::size_t n, Tuple*) { return bytes_find_impl(self, a, n, "index", false, true); }
// bytes.rindex()
static Value bytes_rindex(Value self, const Value* a, std::size_t n, Tuple*) { return bytes_find_impl(self, a, n, "rindex", true, true); }
// bytes.count()
static Value bytes_count(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("count", nargs, 1, 1)) return Value();
  std::string_view sub;
  if (!bytes_arg(args[0], sub)) return Value();
  std::string_view s = bview(self);
  if (sub.empty()) return make_int(static_cast<std::int64_t>(s.size()) + 1);
  std::int64_t c = 0;
  for (std::size_t i = s.find(sub); i != std::string_view::npos; i = s.find(sub, i + sub.size())) ++c;
  return make_int(c);
}
// startswith/endswith of bytes.
static Value bytes_startsend(Value self, const Value* args, std::size_t nargs, bool ends) {
  if (!check_args(ends ? "endswith" : "startswith", nargs, 1, 1)) return Value();
  std::string_view s = bview(self);
  auto test = [&](std::string_view p) {
    return p.size() <= s.size() && (ends ? s.substr(s.size() - p.size()) == p : s.substr(0, p.size()) == p);
  };
  if (is_tuple(args[0])) {
    for (std::size_t i = 0; i < as_tuple(args[0])->length; ++i) {
      std::string_view p;
      if (!bytes_arg(as_tuple(args[0])->items[i], p)) return Value();
      if (test(p)) return newref(True());
    }
    return newref(False());
  }
  std::string_view p;
  if (!bytes_arg(args[0], p)) return Value();
  return newref(boolean(test(p)));
}
// bytes.startswith()
static Value bytes_startswith(Value self, const Value* a, std::size_t n, Tuple*) { return bytes_startsend(self, a, n, false); }
// bytes.endswith()
static Value bytes_endswith(Value self, const Value* a, std::size_t n, Tuple*) { return bytes_startsend(self, a, n, true); }
// bytes.replace()
static Value bytes_replace(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("replace", nargs, 2, 3)) return Value();
  std::string_view o, nw;
  if (!bytes_arg(args[0], o) || !bytes_arg(args[1], nw)) return Value();
  std::int64_t count = -1;
  if (nargs > 2 && !index_value(args[2], count, OverflowErrorType)) return Value();
  std::string_view s = bview(self);
  std::string out;
  std::size_t i = 0;
  std::int64_t done = 0;
  if (o.empty()) {
    for (std::size_t k = 0; k <= s.size(); ++k) {
      if (count < 0 || done < count) {
        out += nw;
        ++done;
      }
      if (k < s.size()) out += s[k];
    }
    return same_kind(self, out);
  }
  while (count < 0 || done < count) {
    std::size_t j = s.find(o, i);
    if (j == std::string_view::npos) break;
    out += s.substr(i, j - i);
    out += nw;
    i = j + o.size();
    ++done;
  }
  out += s.substr(i);
  return same_kind(self, out);
}
// ASCII whitespace for bytes methods.
bool bspace(char c) { return c == ' ' || (c >= 9 && c <= 13); }
// bytes.split()
static Value bytes_split(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"sep", "maxsplit"};
  Value a[2];
  if (!parse_args("split", args, nargs, kwnames, kw, 2, 0, a)) return Value();
  std::int64_t maxsplit = -1;
  if (a[1] && !index_value(a[1], maxsplit, OverflowErrorType)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view s = bview(self);
  std::vector<std::string_view> parts;
  if (!a[0] || a[0] == None()) {
    std::size_t i = 0;
    while (true) {
      while (i < s.size() && bspace(s[i])) ++i;
      if (i >= s.size()) break;
      if (static_cast<std::int64_t>(parts.size()) == maxsplit) {
        parts.push_back(s.substr(i));
        break;
      }
      std::size_t j = i;
      while (j < s.size() && !bspace(s[j])) ++j;
      parts.push_back(s.substr(i, j - i));
      i = j;
    }
  } else {
    std::string_view p;
    if (!bytes_arg(a[0], p)) return Value();
    if (p.empty()) return raise(ValueErrorType, "empty separator");
    std::size_t i = 0;
    while (static_cast<std::int64_t>(parts.size()) < maxsplit) {
      std::size_t j = s.find(p, i);
      if (j == std::string_view::npos) break;
      parts.push_back(s.substr(i, j - i));
      i = j + p.size();
    }
    parts.push_back(s.substr(i));
  }
  Value l = make_list(parts.size());
  for (std::size_t i = 0; i < parts.size(); ++i) as_list(l)->items[i] = same_kind(self, parts[i]);
  return l;
}
// bytes.strip()
static Value bytes_strip(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("strip", nargs, 0, 1)) return Value();
  std::string_view s = bview(self), chars;
  bool ws = nargs == 0 || args[0] == None();
  if (!ws && !bytes_arg(args[0], chars)) return Value();
  auto strip_it = [&](char c) { return ws ? bspace(c) : chars.find(c) != std::string_view::npos; };
  std::size_t i = 0, e = s.size();
  while (i < e && strip_it(s[i])) ++i;
  while (e > i && strip_it(s[e - 1])) --e;
  return same_kind(self, s.substr(i, e - i));
}
// bytes.upper()/lower().
static Value bytes_case(Value self, bool upper) {
  std::string s(bview(self));
  for (char& c : s) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return same_kind(self, s);
}
// bytes.upper()
static Value bytes_upper(Value self, const Value*, std::size_t, Tuple*) { return bytes_case(self, true); }
// bytes.lower()
static Value bytes_lower(Value self, const Value*, std::size_t, Tuple*) { return bytes_case(self, false); }


// is* predicates over ASCII.
template <class F>
static Value bytes_all(Value self, F f) {
  std::string_view s = bview(self);
  if (s.empty()) return newref(False());
  for (char c : s)
    if (!f(static_cast<unsigned char>(c))) return newref(False());
  return newref(True());
}
// bytes.isdigit()
static Value bytes_isdigit(Value self, const Value*, std::size_t, Tuple*) {
  return bytes_all(self, [](unsigned char c) { return c >= '0' && c <= '9'; });
}
// bytes.isalpha()
static Value bytes_isalpha(Value self, const Value*, std::size_t, Tuple*) {
  return bytes_all(self, [](unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
}
// bytes.isalnum()
static Value bytes_isalnum(Value self, const Value*, std::size_t, Tuple*) {
  return bytes_all(self, [](unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); });
}
// bytes.isspace()
static Value bytes_isspace(Value self, const Value*, std::size_t, Tuple*) {
  return bytes_all(self, [](unsigned char c) { return bspace(static_cast<char>(c)); });
}
// isupper/islower: some cased byte, none of the other case.
static Value bytes_iscase(Value self, bool upper) {
  bool cased = false;
  for (char ch : bview(self)) {
    if (upper ? (ch >= 'a' && ch <= 'z') : (ch >= 'A' && ch <= 'Z')) return newref(False());
    if (upper ? (ch >= 'A' && ch <= 'Z') : (ch >= 'a' && ch <= 'z')) cased = true;
  }
  return newref(boolean(cased));
}
// bytes.isupper()
static Value bytes_isupper(Value self, const Value*, std::size_t, Tuple*) { return bytes_iscase(self, true); }
// bytes.islower()
static Value bytes_islower(Value self, const Value*, std::size_t, Tuple*) { return bytes_iscase(self, false); }

// ---------------------------------------------------------------- bytes % args
// The bytes %s/%b inserts: a bytes-like or an object with __bytes__.
static bool percent_bytes_arg(Value arg, std::string& out) {
  if (is_bytes(arg)) {
    out = bview(arg);
    return true;
  }
  bool found = false;
  Value r = call_special(arg, names.bytes_, nullptr, 0, &found);
  if (found && r && is_bytes(r)) {
    out = bview(r);
    decref(r);
    return true;
  }
  xdecref(r);
  if (!has_error())
    raise_fmt(TypeErrorType,
              "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", {type_name(arg)});
  return false;
}

// fmt % args for bytes: %s/%b insert bytes, %r/%a ascii reprs, the numeric codes as str's.
static Value bytes_mod(Value a, Value b) {
  if (!is_bytes(a) || is_memoryview(a)) return newref(NotImplemented());
  std::string_view f = bview(a);
  bool tuple_args = is_tuple(b);
  std::size_t nargs = tuple_args ? as_tuple(b)->length : 1, argi = 0;
  bool mapping = !tuple_args && !is_bytes(b) && type_of(b)->getitem && !is_str(b);
  std::string out;
  std::size_t i = 0;
  while (i < f.size()) {
    if (f[i] != '%') {
      out += f[i++];
      continue;
    }
    std::size_t start = i++;
    if (i >= f.size()) return raise(ValueErrorType, "incomplete format");
    if (f[i] == '%') {
      out += '%';
      ++i;
      continue;
    }
    Value arg, owned;
    if (f[i] == '(') {
      if (!mapping) return raise_type_error("format requires a mapping");
      std::size_t j = ++i;
      while (i < f.size() && f[i] != ')') ++i;
      if (i >= f.size()) return raise(ValueErrorType, "incomplete format key");
      Value key = make_bytes(f.substr(j, i - j));
      owned = getitem(b, key);
      decref(key);
      if (!owned) return owned;
      arg = owned;
      ++i;
    }
    std::size_t spec_start = i;
    while (i < f.size() && std::string_view("-+ #0123456789.*").find(f[i]) != std::string_view::npos) ++i;
    if (i >= f.size()) {
      xdecref(owned);
      return raise(ValueErrorType, "incomplete format");
    }
    std::string flags(f.substr(spec_start, i - spec_start));
    char conv = f[i++];
    if (!arg) {
      if (argi >= nargs) return raise_type_error("not enough arguments for format string");
      arg = tuple_args ? as_tuple(b)->items[argi++] : (argi++, b);
    }
    std::string piece;
    if (conv == 's' || conv == 'b') {
      std::string raw;
      if (!percent_bytes_arg(arg, raw)) {
        xdecref(owned);
        return Value();
      }
      // Width, precision and '-' as for strings: go through a str of the same length.
      std::string lat;
      for (char c : raw) lat += c;
      std::int64_t width = 0, prec = -1;
      bool left = flags.find('-') != std::string::npos;
      std::size_t dot = flags.find('.');
      std::string wpart = flags.substr(0, dot);
      for (char c : wpart)
        if (c >= '0' && c <= '9') width = width * 10 + (c - '0');
      if (dot != std::string::npos) prec = std::strtoll(flags.c_str() + dot + 1, nullptr, 10);
      if (prec >= 0 && static_cast<std::size_t>(prec) < raw.size()) raw.resize(static_cast<std::size_t>(prec));
      std::size_t pad = width > static_cast<std::int64_t>(raw.size()) ? static_cast<std::size_t>(width) - raw.size() : 0;
      piece = left ? raw + std::string(pad, ' ') : std::string(pad, ' ') + raw;
    } else if (conv == 'c') {
      if (is_int(arg)) {
        std::int64_t c;
        if (!int_to_int64(arg, c) || c < 0 || c > 255) {
          xdecref(owned);
          return raise(OverflowErrorType, "%c arg not in range(256)");
        }
        piece = std::string(1, static_cast<char>(c));
      } else if (is_bytes(arg) && bview(arg).size() == 1) {
        piece = bview(arg);
      } else {
        xdecref(owned);
        return raise_type_error("%c requires an integer in range(256) or a single byte");
      }
    } else {
      // The numeric codes and %r/%a: format one directive as str, then take its bytes.
      std::string one = "%" + flags + (conv == 'r' ? 'a' : conv);
      Value fs = make_str_ascii(one);
      Value t = tuple_pack({arg});
      Value r = str_percent_format(as_str(fs), t);
      decref(fs);
      decref(t);
      if (!r) {
        xdecref(owned);
        return r;
      }
      piece = str_utf8(as_str(r));
      decref(r);
    }
    (void)start;
    xdecref(owned);
    out += piece;
  }
  if (argi < nargs && !mapping) return raise_type_error("not all arguments converted during bytes formatting");
  return same_kind(a, out);
}

// ---------------------------------------------------------------- bytearray
Value make_bytearray(std::string_view raw) {
  Value v = alloc_instance(ByteArrayType);
  if (!v) return v;
  static_cast<ByteArray*>(v.obj())->buf = new std::string(raw);
  return v;
}
// The buffer of a bytearray.
static std::string& babuf(Value v) { return *static_cast<ByteArray*>(v.obj())->buf; }
// bytearray.__new__.
static Value bytearray_new(Type* t, const Value*, std::size_t, Tuple*) {
  Value v = alloc_instance(t);
  if (!v) return v;
  static_cast<ByteArray*>(v.obj())->buf = new std::string();
  return v;
}
static Value bytes_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames);
// bytearray(source=b'', encoding, errors): the same sources as bytes().
static int bytearray_init(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  Value b = bytes_new(BytesType, args, nargs, kwnames);
  if (!b) return -1;
  babuf(self) = std::string(bview(b));
  decref(b);
  return 0;
}
// Frees bytearray.
static void bytearray_dealloc(Object* o) {
  delete static_cast<ByteArray*>(o)->buf;
  free_instance(o);
}
// A byte value from an int-like, or ValueError/TypeError.
static bool byte_value(Value v, int& out) {
  if (!is_int(v) && !type_of(v)->index) {
    raise_fmt(TypeErrorType, "'%s' object cannot be interpreted as an integer", {type_name(v)});
    return false;
  }
  std::int64_t c;
  if (!index_value(v, c, OverflowErrorType)) return false;
  if (c < 0 || c > 255) {
    raise(ValueErrorType, "byte must be in range(0, 256)");
    return false;
  }
  out = static_cast<int>(c);
  return true;
}
// ba[i] = v / ba[a:b] = bytes / del ...
static int bytearray_setitem(Value self, Value key, Value value) {
  std::string& s = babuf(self);
  if (is_exact(key, SliceType)) {
    std::int64_t start, stop, step;
    if (!slice_unpack(key, start, stop, step)) return -1;
    std::int64_t n = slice_adjust(static_cast<std::int64_t>(s.size()), start, stop, step);
    std::string repl;
    if (value) {
      if (is_bytes(value)) {
        repl = bview(value);
      } else if (is_int(value)) {
        raise_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
      } else {
        int r = for_each(value, [&](Value x) {
          int c;
          if (!byte_value(x, c)) return -1;
          repl += static_cast<char>(c);
          return 0;
        });
        if (r < 0) return -1;
      }
    }
    if (step == 1) {
      if (stop < start) stop = start;
      s.replace(static_cast<std::size_t>(start), static_cast<std::size_t>(stop - start), repl);
      return 0;
    }
    if (!value) {
      std::string out;
      for (std::int64_t i = 0; i < static_cast<std::int64_t>(s.size()); ++i) {
        bool hit = step > 0 ? (i >= start && i < stop && (i - start) % step == 0)
                            : (i <= start && i > stop && (start - i) % (-step) == 0);
        if (!hit) out += s[static_cast<std::size_t>(i)];
      }
      s = out;
      return 0;
    }
    if (static_cast<std::int64_t>(repl.size()) != n) {
      raise_fmt(ValueErrorType, "attempt to assign bytes of size %s to extended slice of size %s",
                {std::to_string(repl.size()), std::to_string(n)});
      return -1;
    }
    for (std::int64_t i = 0, j = start; i < n; ++i, j += step) s[static_cast<std::size_t>(j)] = repl[static_cast<std::size_t>(i)];
    return 0;
  }
  if (!is_int(key) && !type_of(key)->index) {
    raise_fmt(TypeErrorType, "bytearray indices must be integers or slices, not %s", {type_name(key)});
    return -1;
  }
  std::int64_t i;
  if (!index_value(key, i)) return -1;
  if (i < 0) i += static_cast<std::int64_t>(s.size());
  if (i < 0 || i >= static_cast<std::int64_t>(s.size())) {
    raise(IndexErrorType, "bytearray index out of range");
    return -1;
  }
  if (!value) {
    s.erase(static_cast<std::size_t>(i), 1);
    return 0;
  }
  int c;
  if (!byte_value(value, c)) return -1;
  s[static_cast<std::size_t>(i)] = static_cast<char>(c);
  return 0;
}
// bytearray += iterable.
static Value bytearray_iconcat(Value a, Value b) {
  if (!is_bytes(b)) return raise_fmt(TypeErrorType, "can't concat %s to bytearray", {type_name(b)});
  babuf(a) += std::string(bview(b));
  return newref(a);
}
// bytearray.append()
static Value ba_append(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("append", nargs, 1)) return Value();
  int c;
  if (!byte_value(args[0], c)) return Value();
  babuf(self) += static_cast<char>(c);
  return newref(None());
}
// bytearray.extend()
static Value ba_extend(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("extend", nargs, 1)) return Value();
  if (is_bytes(args[0])) {
    babuf(self) += std::string(bview(args[0]));
    return newref(None());
  }
  std::string add;
  int r = for_each(args[0], [&](Value x) {
    int c;
    if (!byte_value(x, c)) return -1;
    add += static_cast<char>(c);
    return 0;
  });
  if (r < 0) return Value();
  babuf(self) += add;
  return newref(None());
}
// bytearray.insert()
static Value ba_insert(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("insert", nargs, 2, 2)) return Value();
  std::int64_t i;
  int c;
  if (!index_value(args[0], i, OverflowErrorType) || !byte_value(args[1], c)) return Value();
  std::string& s = babuf(self);
  auto n = static_cast<std::int64_t>(s.size());
  if (i < 0) i = std::max<std::int64_t>(0, i + n);
  if (i > n) i = n;
  s.insert(static_cast<std::size_t>(i), 1, static_cast<char>(c));
  return newref(None());
}
// bytearray.pop()
static Value ba_pop(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("pop", nargs, 0, 1)) return Value();
  std::string& s = babuf(self);
  std::int64_t i = -1;
  if (nargs && !index_value(args[0], i, OverflowErrorType)) return Value();
  if (s.empty()) return raise(IndexErrorType, "pop from empty bytearray");
  if (i < 0) i += static_cast<std::int64_t>(s.size());
  if (i < 0 || i >= static_cast<std::int64_t>(s.size())) return raise(IndexErrorType, "pop index out of range");
  int c = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
  s.erase(static_cast<std::size_t>(i), 1);
  return Value::small(c);
}
// bytearray.remove()
static Value ba_remove(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("remove", nargs, 1)) return Value();
  int c;
  if (!byte_value(args[0], c)) return Value();
  std::string& s = babuf(self);
  std::size_t k = s.find(static_cast<char>(c));
  if (k == std::string::npos) return raise(ValueErrorType, "value not found in bytearray");
  s.erase(k, 1);
  return newref(None());
}
// bytearray.reverse()
static Value ba_reverse(Value self, const Value*, std::size_t, Tuple*) {
  std::string& s = babuf(self);
  std::reverse(s.begin(), s.end());
  return newref(None());
}
// bytearray.clear()
static Value ba_clear(Value self, const Value*, std::size_t, Tuple*) {
  babuf(self).clear();
  return newref(None());
}
// bytearray.copy()
static Value ba_copy(Value self, const Value*, std::size_t, Tuple*) { return make_bytearray(babuf(self)); }

// ---------------------------------------------------------------- memoryview
static Value memoryview_new(Type*, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"object"};
  Value a[1];
  if (!parse_args("memoryview", args, nargs, kwnames, kw, 1, 1, a)) return Value();
  if (!is_bytes(a[0]))
    return raise_fmt(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", {type_name(a[0])});
  Value v = alloc_instance(MemoryViewType);
  if (!v) return v;
  auto* m = static_cast<MemoryView*>(v.obj());
  if (is_memoryview(a[0])) {
    auto* o = static_cast<MemoryView*>(a[0].obj());
    m->obj = newref(o->obj);
    m->start = o->start;
    m->length = o->length;
    m->readonly_view = o->readonly_view;
  } else {
    m->obj = newref(a[0]);
    m->start = 0;
    m->length = bview(a[0]).size();
    m->readonly_view = false;
  }
  return v;
}
// Frees memoryview.
static void memoryview_dealloc(Object* o) {
  decref(static_cast<MemoryView*>(o)->obj);
  free_instance(o);
}
// memoryview[key].
static Value memoryview_getitem(Value self, Value key) {
  auto* m = static_cast<MemoryView*>(self.obj());
  if (is_exact(key, SliceType)) {
    std::int64_t start, stop, step;
    if (!slice_unpack(key, start, stop, step)) return Value();
    std::int64_t n = slice_adjust(static_cast<std::int64_t>(m->length), start, stop, step);
    if (step != 1) {
      std::string out;
      std::string_view s = bview(self);
      for (std::int64_t i = 0, j = start; i < n; ++i, j += step) out += s[static_cast<std::size_t>(j)];
      Value b = make_bytes(out);
      Value r = memoryview_new(MemoryViewType, &b, 1, nullptr);
      decref(b);
      return r;
    }
    Value v = alloc_instance(MemoryViewType);
    auto* r = static_cast<MemoryView*>(v.obj());
    r->obj = newref(m->obj);
    r->start = m->start + static_cast<std::size_t>(start);
    r->length = static_cast<std::size_t>(n);
    r->readonly_view = m->readonly_view;
    return v;
  }
  Value r = bytes_getitem(self, key);
  if (!r && isinstance_type(current_error(), IndexErrorType)) {
    clear_error();
    return raise(IndexErrorType, "index out of bounds on dimension 1");
  }
  return r;
}
// Whether a memoryview may not be written (over bytes, or made by toreadonly()).
static bool mv_readonly(Value self) {
  auto* m = static_cast<MemoryView*>(self.obj());
  return m->readonly_view || !is_bytearray(m->obj);
}
// memoryview[key] = value (a byte, or bytes-like of the slice's length); no deletion.
static int memoryview_setitem(Value self, Value key, Value value) {
  auto* m = static_cast<MemoryView*>(self.obj());
  if (mv_readonly(self)) {
    raise_type_error("cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    raise_type_error("cannot delete memory");
    return -1;
  }
  std::string& buf = *static_cast<ByteArray*>(m->obj.obj())->buf;
  if (is_exact(key, SliceType)) {
    std::int64_t start, stop, step;
    if (!slice_unpack(key, start, stop, step)) return -1;
    std::int64_t n = slice_adjust(static_cast<std::int64_t>(m->length), start, stop, step);
    std::string_view src;
    if (!bytes_arg(value, src)) return -1;
    if (static_cast<std::int64_t>(src.size()) != n) {
      raise(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    std::string copy(src);
    for (std::int64_t i = 0, j = start; i < n; ++i, j += step) buf[m->start + static_cast<std::size_t>(j)] = copy[i];
    return 0;
  }
  std::int64_t i;
  if (!index_value(key, i, IndexErrorType)) return -1;
  if (i < 0) i += static_cast<std::int64_t>(m->length);
  if (i < 0 || i >= static_cast<std::int64_t>(m->length)) {
    raise(IndexErrorType, "index out of bounds on dimension 1");
    return -1;
  }
  if (!is_int(value)) {
    raise_type_error("memoryview: invalid type for format 'B'");
    return -1;
  }
  std::int64_t b;
  if (!int_to_int64(value, b) || b < 0 || b > 255) {
    clear_error();
    raise(ValueErrorType, "memoryview: invalid value for format 'B'");
    return -1;
  }
  buf[m->start + static_cast<std::size_t>(i)] = static_cast<char>(b);
  return 0;
}
// memoryview.toreadonly(): a read-only view of the same memory.
static Value mv_toreadonly(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("toreadonly", nargs, 0)) return Value();
  auto* m = static_cast<MemoryView*>(self.obj());
  Value v = alloc_instance(MemoryViewType);
  auto* r = static_cast<MemoryView*>(v.obj());
  r->obj = newref(m->obj);
  r->start = m->start;
  r->length = m->length;
  r->readonly_view = true;
  return v;
}
// memoryview.__enter__(): the view itself.
static Value mv_enter(Value self, const Value*, std::size_t, Tuple*) { return newref(self); }
// memoryview.__exit__(*exc): releases (nothing to do).
static Value mv_exit(Value, const Value*, std::size_t, Tuple*) { return newref(None()); }
// The format, itemsize, ndim, shape and strides attributes of a byte view (getters).
static Value mv_get_format(Value) { return make_str_ascii("B"); }
static Value mv_get_one(Value) { return make_int(1); }
static Value mv_get_shape(Value self) {
  Value n = make_int(static_cast<std::int64_t>(static_cast<MemoryView*>(self.obj())->length));
  Value t = tuple_pack({n});
  decref(n);
  return t;
}
static Value mv_get_strides(Value) {
  Value n = make_int(1);
  Value t = tuple_pack({n});
  decref(n);
  return t;
}
// repr() of memoryview.
static Value memoryview_repr(Value self) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "<memory at %p>", static_cast<void*>(self.obj()));
  return make_str_ascii(buf);
}
// memoryview.tobytes()
static Value mv_tobytes(Value self, const Value*, std::size_t, Tuple*) { return make_bytes(bview(self)); }
// memoryview.tolist()
static Value mv_tolist(Value self, const Value*, std::size_t, Tuple*) {
  std::string_view s = bview(self);
  Value l = make_list(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) as_list(l)->items[i] = Value::small(static_cast<unsigned char>(s[i]));
  return l;
}
// memoryview.release()
static Value mv_release(Value, const Value*, std::size_t, Tuple*) { return newref(None()); }
// The nbytes attribute of memoryview (getter).
static Value mv_get_nbytes(Value self) { return make_int(static_cast<std::int64_t>(bview(self).size())); }
// The obj attribute of memoryview (getter).
static Value mv_get_obj(Value self) { return newref(static_cast<MemoryView*>(self.obj())->obj); }
// The readonly attribute of memoryview (getter).
static Value mv_get_readonly(Value self) { return newref(boolean(mv_readonly(self))); }

// bytes() / bytes(n) / bytes(iterable of ints) / bytes(str, encoding[, errors])
static Value bytes_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"source", "encoding", "errors"};
  Value a[3];
  if (!parse_args("bytes", args, nargs, kwnames, kw, 3, 0, a)) return Value();
  std::string out;
  if (!a[0]) {
    if (a[1] || a[2]) return raise_type_error(a[1] ? "encoding without a string argument" : "errors without a string argument");
  } else if (is_str(a[0])) {
    if (!a[1]) return raise_type_error("string argument without an encoding");
    Value enc = make_str_ascii("encode");
    Value ea[2] = {a[1], a[2] ? a[2] : make_str_ascii("strict")};
    Value r = call_method(a[0], as_str(enc), ea, 2);
    if (!a[2]) decref(ea[1]);
    decref(enc);
    if (!r) return r;
    out = bview(r);
    decref(r);
  } else if (a[1] || a[2]) {
    return raise_type_error(a[1] ? "encoding without a string argument" : "errors without a string argument");
  } else if (is_bytes(a[0])) {
    if (t == BytesType && is_exact(a[0], BytesType)) return newref(a[0]);
    out = bview(a[0]);
  } else if (is_int(a[0]) || type_of(a[0])->index) {
    std::int64_t n;
    if (!index_value(a[0], n, OverflowErrorType)) return Value();
    if (n < 0) return raise(ValueErrorType, "negative count");
    out.assign(static_cast<std::size_t>(n), '\0');
  } else {
    bool found = false;
    Value r = call_special(a[0], names.bytes_, nullptr, 0, &found);
    if (found) {
      if (!r) return r;
      if (!is_bytes(r)) {
        decref(r);
        return raise_fmt(TypeErrorType, "__bytes__ returned non-bytes (type %s)", {type_name(r)});
      }
      out = bview(r);
      decref(r);
    } else {
      if (!type_of(a[0])->iter && !type_of(a[0])->getitem)
        return raise_fmt(TypeErrorType, "cannot convert '%s' object to bytes", {type_name(a[0])});
      int e = for_each(a[0], [&](Value x) {
        if (!is_int(x) && !type_of(x)->index) {
          raise_fmt(TypeErrorType, "'%s' object cannot be interpreted as an integer", {type_name(x)});
          return -1;
        }
        std::int64_t c;
        if (!index_value(x, c, OverflowErrorType)) return -1;
        if (c < 0 || c > 255) {
          raise(ValueErrorType, "bytes must be in range(0, 256)");
          return -1;
        }
        out += static_cast<char>(c);
        return 0;
      });
      if (e < 0) return Value();
    }
  }
  return bytes_alloc_type(t, out);
}

// Sets up bytes.
void init_bytes_type() {
  Type* t = BytesType;
  type_init(t, "bytes", ObjectType, sizeof(Bytes), TF_BASETYPE);
  t->dealloc = bytes_dealloc;
  t->repr = bytes_repr;
  t->hash = bytes_hash;
  t->richcompare = bytes_richcompare;
  t->length = bytes_len;
  t->getitem = bytes_getitem;
  t->seq_concat = bytes_concat;
  t->seq_repeat = bytes_repeat;
  t->contains = bytes_contains;
  t->iter = bytes_iter;
  t->new_fn = bytes_new;
  add_method(t, "decode", bytes_decode);
  add_method(t, "hex", bytes_hex);
  add_classmethod(t, "fromhex", bytes_fromhex);
  add_method(t, "join", bytes_join);
  add_method(t, "find", bytes_find);
  add_method(t, "count", bytes_count);
  add_method(t, "startswith", bytes_startswith);
  add_method(t, "endswith", bytes_endswith);
  add_method(t, "replace", bytes_replace);
  add_method(t, "split", bytes_split);
  add_method(t, "strip", bytes_strip);
  add_method(t, "upper", bytes_upper);
  add_method(t, "lower", bytes_lower);
  add_method(t, "rfind", bytes_rfind);
  add_method(t, "index", bytes_index);
  add_method(t, "rindex", bytes_rindex);
  add_method(t, "isdigit", bytes_isdigit);
  add_method(t, "isalpha", bytes_isalpha);
  add_method(t, "isalnum", bytes_isalnum);
  add_method(t, "isspace", bytes_isspace);
  add_method(t, "isupper", bytes_isupper);
  add_method(t, "islower", bytes_islower);
  add_bytes_methods(t);  // bytes_methods.cpp
  t->binary[6] = bytes_mod;  // %
  type_ready(t);

  // bytearray: the bytes methods over a mutable buffer.
  Type* ba = ByteArrayType;
  type_init(ba, "bytearray", ObjectType, sizeof(ByteArray), TF_BASETYPE);
  ba->dealloc = bytearray_dealloc;
  ba->repr = bytes_repr;
  ba->hash = hash_not_implemented;
  ba->richcompare = bytes_richcompare;
  ba->length = bytes_len;
  ba->getitem = bytes_getitem;
  ba->setitem = bytearray_setitem;
  ba->seq_concat = bytes_concat;
  ba->seq_repeat = bytes_repeat;
  ba->seq_inplace_concat = bytearray_iconcat;
  ba->contains = bytes_contains;
  ba->iter = bytes_iter;
  ba->new_fn = bytearray_new;
  ba->init = bytearray_init;
  ba->binary[6] = bytes_mod;
  for (Type* src : {BytesType}) {
    std::size_t pos = 0;
    Value k, v;
    while (dict_next(src->dict, pos, k, v)) {
      if (type_of(v) != MethodDescrType && type_of(v) != ClassMethodDescrType) continue;
      auto* f = static_cast<BuiltinFunction*>(v.obj());
      if (type_of(v) == MethodDescrType)
        add_method(ba, f->name, f->fn);
      else
        add_classmethod(ba, f->name, f->fn);
    }
  }
  add_bytes_methods(ba);  // for the static maketrans (the loop above copies the others)
  add_method(ba, "append", ba_append);
  add_method(ba, "extend", ba_extend);
  add_method(ba, "insert", ba_insert);
  add_method(ba, "pop", ba_pop);
  add_method(ba, "remove", ba_remove);
  add_method(ba, "reverse", ba_reverse);
  add_method(ba, "clear", ba_clear);
  add_method(ba, "copy", ba_copy);
  type_ready(ba);

  Type* mv = MemoryViewType;
  type_init(mv, "memoryview", ObjectType, sizeof(MemoryView), 0);
  mv->dealloc = memoryview_dealloc;
  mv->repr = memoryview_repr;
  mv->hash = hash_not_implemented;
  mv->richcompare = bytes_richcompare;
  mv->length = bytes_len;
  mv->getitem = memoryview_getitem;
  mv->iter = bytes_iter;
  mv->new_fn = memoryview_new;
  add_method(mv, "tobytes", mv_tobytes);
  add_method(mv, "tolist", mv_tolist);
  add_method(mv, "release", mv_release);
  add_method(mv, "hex", bytes_hex);
  add_getset(mv, "nbytes", mv_get_nbytes);
  add_getset(mv, "obj", mv_get_obj);
  add_getset(mv, "readonly", mv_get_readonly);
  mv->setitem = memoryview_setitem;
  add_method(mv, "toreadonly", mv_toreadonly);
  add_method(mv, "__enter__", mv_enter);
  add_method(mv, "__exit__", mv_exit);
  add_getset(mv, "format", mv_get_format);
  add_getset(mv, "itemsize", mv_get_one);
  add_getset(mv, "ndim", mv_get_one);
  add_getset(mv, "shape", mv_get_shape);
  add_getset(mv, "strides", mv_get_strides);
  type_ready(mv);
  type_init(&g_bytes_iter, "bytes_iterator", ObjectType, sizeof(BytesIter), 0);
  g_bytes_iter.dealloc = bytes_iter_dealloc;
  g_bytes_iter.iter = self_iter;
  g_bytes_iter.next = bytes_iter_next;
  type_ready(&g_bytes_iter);
}

}  // namespace peppy::objects
