// bytes.cpp: bytes (the basics): the literal repr, indexing (an int), slicing, len, +,
// *, comparison, hash, iteration, `in`, bytes() construction, decode and a handful of
// methods (hex, fromhex, join, find, count, startswith, endswith, replace, split,
// strip, upper, lower).
#include <cstdlib>
#include <string>
#include <vector>

#include "objects/core.hpp"
#include "unicode/codecs.hpp"

namespace peppy::objects {

static Type g_bytes, g_bytes_iter;
Type* const BytesType = &g_bytes;

// A bytes of type t holding raw (the data follows the header).
static Value bytes_alloc_type(Type* t, std::string_view raw) {
  std::size_t head = t == BytesType ? sizeof(Bytes) : ((t->basic_size + 7) & ~std::size_t{7});
  void* mem = std::malloc(head + raw.size() + 1);
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

static void bytes_dealloc(Object* o) {
  if (o->type == BytesType) {
    std::free(o);
    return;
  }
  free_instance(o);
}
static inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.obj()); }
static inline bool is_bytes(Value v) { return v.is_object() && isinstance_type(v, BytesType); }
static inline std::string_view bview(Value v) {
  return {reinterpret_cast<const char*>(as_bytes(v)->data), as_bytes(v)->length};
}

// b'...' with Python's quote choice and escapes.
static Value bytes_repr(Value v) {
  std::string_view s = bview(v);
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
  return make_str_ascii(out);
}

// Hash: FNV-1a over the bytes (consistent, not CPython's).
static std::int64_t bytes_hash(Value v) {
  Bytes* b = as_bytes(v);
  if (b->hash != -1) return b->hash;
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (std::size_t i = 0; i < b->length; ++i) {
    h ^= b->data[i];
    h *= 0x100000001b3ull;
  }
  auto r = static_cast<std::int64_t>(h ^ (h >> 31));
  if (r == -1) r = -2;
  b->hash = r;
  return r;
}
static Value bytes_richcompare(Value a, Value b, int op) {
  if (!is_bytes(a) || !is_bytes(b)) return newref(NotImplemented());
  int c = bview(a).compare(bview(b));
  return newref(cmp_result(c < 0 ? -1 : c > 0, op));
}
static std::int64_t bytes_len(Value v) { return static_cast<std::int64_t>(as_bytes(v)->length); }

static Value bytes_getitem(Value self, Value key) {
  Bytes* b = as_bytes(self);
  if (is_exact(key, SliceType)) {
    std::int64_t start, stop, step;
    if (!slice_unpack(key, start, stop, step)) return Value();
    std::int64_t n = slice_adjust(static_cast<std::int64_t>(b->length), start, stop, step);
    std::string out;
    for (std::int64_t i = 0, j = start; i < n; ++i, j += step) out += static_cast<char>(b->data[j]);
    return make_bytes(out);
  }
  if (!is_int(key) && !type_of(key)->index)
    return raise_fmt(TypeErrorType, "byte indices must be integers or slices, not %s", {type_name(key)});
  std::int64_t i;
  if (!index_value(key, i)) return Value();
  if (i < 0) i += static_cast<std::int64_t>(b->length);
  if (i < 0 || i >= static_cast<std::int64_t>(b->length)) return raise(IndexErrorType, "index out of range");
  return Value::small(b->data[i]);
}
static Value bytes_concat(Value a, Value b) {
  if (!is_bytes(b)) return raise_fmt(TypeErrorType, "can't concat %s to bytes", {type_name(b)});
  std::string s(bview(a));
  s += bview(b);
  return make_bytes(s);
}
static Value bytes_repeat(Value a, Value n) {
  if (!is_int(n) && !type_of(n)->index)
    return raise_fmt(TypeErrorType, "can't multiply sequence by non-int of type '%s'", {type_name(n)});
  std::int64_t k;
  if (!index_value(n, k, OverflowErrorType)) return Value();
  std::string s;
  for (std::int64_t i = 0; i < k; ++i) s += bview(a);
  return make_bytes(s);
}
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
static Value bytes_iter(Value self) {
  Value it = alloc_instance(&g_bytes_iter);
  if (!it) return it;
  static_cast<BytesIter*>(it.obj())->b = newref(self);
  return it;
}
static Value bytes_iter_next(Value self) {
  auto* i = static_cast<BytesIter*>(self.obj());
  Bytes* b = as_bytes(i->b);
  if (i->pos >= b->length) return Value();
  return Value::small(b->data[i->pos++]);
}
static void bytes_iter_dealloc(Object* o) {
  decref(static_cast<BytesIter*>(o)->b);
  free_instance(o);
}
static Value self_iter(Value self) { return newref(self); }

// bytes.decode(encoding='utf-8', errors='strict')
static Value bytes_decode(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"encoding", "errors"};
  Value a[2];
  if (!parse_args("decode", args, nargs, kwnames, kw, 2, 0, a)) return Value();
  std::string enc = a[0] && is_str(a[0]) ? str_utf8(as_str(a[0])) : "utf-8";
  std::string errors = a[1] && is_str(a[1]) ? str_utf8(as_str(a[1])) : "strict";
  auto codec = unicode::lookup_codec(enc);
  if (!codec) return raise_fmt(LookupErrorType, "unknown encoding: %s", {enc});
  std::u32string out;
  std::string_view data = bview(self);
  if (errors == "strict") {
    auto err = unicode::decode(*codec, data, out);
    if (err) return raise(UnicodeDecodeErrorType, *err);
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
    if (errors == "replace") out += U'\uFFFD';
    ++pos;
  }
  return make_str(out);
}
// bytes.hex()
static Value bytes_hex(Value self, const Value*, std::size_t, Tuple*) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bview(self)) {
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return make_str_ascii(out);
}
// bytes.fromhex(s)
static Value bytes_fromhex(Value, const Value* args, std::size_t nargs, Tuple*) {
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
  return make_bytes(out);
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
  return make_bytes(out);
}
// A bytes argument or TypeError.
static bool bytes_arg(Value v, std::string_view& out) {
  if (!is_bytes(v)) {
    raise_fmt(TypeErrorType, "a bytes-like object is required, not '%s'", {type_name(v)});
    return false;
  }
  out = bview(v);
  return true;
}
static Value bytes_find(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("find", nargs, 1, 1)) return Value();
  std::string_view sub;
  if (is_int(args[0])) {
    std::int64_t c;
    int_to_int64(args[0], c);
    std::size_t k = bview(self).find(static_cast<char>(c));
    return make_int(k == std::string_view::npos ? -1 : static_cast<std::int64_t>(k));
  }
  if (!bytes_arg(args[0], sub)) return Value();
  std::size_t k = bview(self).find(sub);
  return make_int(k == std::string_view::npos ? -1 : static_cast<std::int64_t>(k));
}
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
static Value bytes_startswith(Value self, const Value* a, std::size_t n, Tuple*) { return bytes_startsend(self, a, n, false); }
static Value bytes_endswith(Value self, const Value* a, std::size_t n, Tuple*) { return bytes_startsend(self, a, n, true); }
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
    return make_bytes(out);
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
  return make_bytes(out);
}
static bool bspace(char c) { return c == ' ' || (c >= 9 && c <= 13); }
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
        std::size_t e = s.size();
        while (e > i && bspace(s[e - 1])) --e;
        parts.push_back(s.substr(i, e - i));
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
  for (std::size_t i = 0; i < parts.size(); ++i) as_list(l)->items[i] = make_bytes(parts[i]);
  return l;
}
static Value bytes_strip(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("strip", nargs, 0, 1)) return Value();
  std::string_view s = bview(self), chars;
  bool ws = nargs == 0 || args[0] == None();
  if (!ws && !bytes_arg(args[0], chars)) return Value();
  auto strip_it = [&](char c) { return ws ? bspace(c) : chars.find(c) != std::string_view::npos; };
  std::size_t i = 0, e = s.size();
  while (i < e && strip_it(s[i])) ++i;
  while (e > i && strip_it(s[e - 1])) --e;
  return make_bytes(s.substr(i, e - i));
}
static Value bytes_case(Value self, bool upper) {
  std::string s(bview(self));
  for (char& c : s) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return make_bytes(s);
}
static Value bytes_upper(Value self, const Value*, std::size_t, Tuple*) { return bytes_case(self, true); }
static Value bytes_lower(Value self, const Value*, std::size_t, Tuple*) { return bytes_case(self, false); }

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
  type_ready(t);
  type_init(&g_bytes_iter, "bytes_iterator", ObjectType, sizeof(BytesIter), 0);
  g_bytes_iter.dealloc = bytes_iter_dealloc;
  g_bytes_iter.iter = self_iter;
  g_bytes_iter.next = bytes_iter_next;
  type_ready(&g_bytes_iter);
}

}  // namespace peppy::objects
