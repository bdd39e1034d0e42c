// str.cpp: str. Code points stored as UTF-32 right after the header (one allocation),
// the hash cached; interning; UTF-8 in and out; repr with Python's quote choice and
// escapes; indexing and slicing; + and *; comparison; iteration; and the str methods
// (split, join, strip, replace, find, case mapping, the is* predicates, padding,
// partition, splitlines, encode, translate). Formatting lives in str_format.cpp.
#include <cstdio>
#include <langinfo.h>
#include <locale.h>
#include <wctype.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "bytecode/opcodes.hpp"
#include "objects/alloc.hpp"
#include "objects/core.hpp"
#include "objects/gc.hpp"
#include "unicode/unicode.hpp"

namespace peppy::objects {

static Type g_str, g_str_iter;
Type* const StrType = &g_str;

// ---------------------------------------------------------------- allocation
// A new str of type t with n code points (uninitialized).
Str* str_alloc_type(Type* t, std::size_t n) {
  std::size_t head = t == StrType ? sizeof(Str) : t->basic_size;
  head = (head + 7) & ~std::size_t{7};
  const std::size_t size = head + (n + 1) * sizeof(char32_t);
  void* mem = (t->flags & TF_GC) ? static_cast<void*>(gc_alloc(size)) : obj_malloc(size);  // (subclasses)
  if (!mem) {
    raise_no_memory();
    return nullptr;
  }
  std::memset(mem, 0, head);
  auto* s = static_cast<Str*>(mem);
  s->refcnt = 1;
  s->type = t;
  s->hash = -1;
  s->length = n;
  s->data = reinterpret_cast<char32_t*>(static_cast<char*>(mem) + head);
  s->data[n] = 0;
  s->utf8 = nullptr;
  if (t->flags & TF_HEAPTYPE) incref(val(t));
  return s;
}

// A new exact str of n code points (uninitialized).
Str* str_alloc(std::size_t n) { return str_alloc_type(StrType, n); }

// Frees a str.
static void str_dealloc(Object* o) {
  auto* s = static_cast<Str*>(o);
  delete s->utf8;
  Type* t = o->type;
  std::size_t head = t == StrType ? sizeof(Str) : ((t->basic_size + 7) & ~std::size_t{7});
  free_instance_sized(o, head + (s->length + 1) * sizeof(char32_t));
}

static Str* g_empty = nullptr;
static Str* g_latin1[256];

// A one-character str (cached for code points below 256).
Value make_str_latin1_char(char32_t c) {
  if (c < 256) {
    if (!g_latin1[c]) {
      Str* s = str_alloc(1);
      s->data[0] = c;
      s->refcnt = std::intptr_t{1} << 60;
      g_latin1[c] = s;
    }
    return val(g_latin1[c]);  // immortal: no count needed
  }
  Str* s = str_alloc(1);
  if (!s) return Value();
  s->data[0] = c;
  return val(s);
}

// A str from code points.
Value make_str(std::u32string_view v) {
  if (v.empty()) {
    if (!g_empty) {
      g_empty = str_alloc(0);
      g_empty->refcnt = std::intptr_t{1} << 60;
    }
    return val(g_empty);
  }
  if (v.size() == 1 && v[0] < 256) return make_str_latin1_char(v[0]);
  Str* s = str_alloc(v.size());
  if (!s) return Value();
  std::memcpy(s->data, v.data(), v.size() * sizeof(char32_t));
  return val(s);
}

// A str from 7-bit text.
Value make_str_ascii(std::string_view a) {
  if (a.size() <= 1) {
    if (a.empty()) return make_str(U"");
    return make_str_latin1_char(static_cast<unsigned char>(a[0]));
  }
  Str* s = str_alloc(a.size());
  if (!s) return Value();
  for (std::size_t i = 0; i < a.size(); ++i) s->data[i] = static_cast<unsigned char>(a[i]);
  return val(s);
}

// Decodes UTF-8 (lenient: surrogates in their 3-byte form pass; a bad byte becomes U+FFFD).
static void utf8_decode(std::string_view u, std::u32string& out) {
  out.reserve(u.size());
  std::size_t i = 0, n = u.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(u[i]);
    if (c < 0x80) {
      out += c;
      ++i;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > n) {
      out += 0xFFFD;
      ++i;
      continue;
    }
    char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    bool ok = true;
    for (int k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(u[i + static_cast<std::size_t>(k)]);
      if ((cc & 0xC0) != 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!ok) {
      out += 0xFFFD;
      ++i;
      continue;
    }
    out += cp;
    i += static_cast<std::size_t>(len);
  }
}

// A str from UTF-8 text.
Value make_str_utf8(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return make_str_ascii(utf8);
  std::u32string u;
  utf8_decode(utf8, u);
  return make_str(u);
}

// Appends the UTF-8 form of c (surrogates in 3-byte form).
void utf8_append(std::string& out, char32_t c) {
  if (c < 0x80)
    out += static_cast<char>(c);
  else
    unicode::detail::append_utf8_multibyte(out, c);
}

// UTF-8 of code points.
std::string utf8_of(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) {
    if (c < 0x80)
      out += static_cast<char>(c);
    else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// The cached UTF-8 text of s.
const std::string& str_utf8_ref(Str* s) {
  if (!s->utf8) s->utf8 = new std::string(utf8_of(str_view(s)));
  return *s->utf8;
}
// The UTF-8 text of s (a copy).
std::string str_utf8(Str* s) { return str_utf8_ref(s); }

// Interned strings: one object per text, kept for the life of the process.
Str* intern(std::string_view utf8) {
  static auto* table = new std::unordered_map<std::string, Str*>();
  auto it = table->find(std::string(utf8));
  if (it != table->end()) return it->second;
  Value v = make_str_utf8(utf8);
  Str* s = as_str(v);
  if (s->length <= 1) {
    // Cached characters are shared objects already.
  }
  s->refcnt += std::intptr_t{1} << 40;  // the table's reference: never freed
  decref(v);
  table->emplace(std::string(utf8), s);
  return s;
}

// ---------------------------------------------------------------- hash and equality
// The hash of a str's code points (FNV-1a over 32-bit units, mixed); never -1.
std::int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  if (s->length == 0) return s->hash = 0;  // as CPython: hash('') == 0
  std::uint64_t h = 0xcbf29ce484222325ull;
  const char32_t* d = s->data;
  for (std::size_t i = 0, n = s->length; i < n; ++i) {
    h ^= d[i];
    h *= 0x100000001b3ull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  auto r = static_cast<std::int64_t>(h);
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}
// hash() of str.
static std::int64_t str_hash_slot(Value v) { return str_hash(as_str(v)); }

// Whether a and b hold the same text.
bool str_equal(Str* a, Str* b) {
  if (a == b) return true;
  if (a->length != b->length) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data, b->data, a->length * sizeof(char32_t)) == 0;
}

// Three-way comparison by code points.
static int str_cmp(Str* a, Str* b) {
  std::size_t n = std::min(a->length, b->length);
  for (std::size_t i = 0; i < n; ++i)
    if (a->data[i] != b->data[i]) return a->data[i] < b->data[i] ? -1 : 1;
  return a->length < b->length ? -1 : a->length > b->length;
}
// Rich comparison of str.
static Value str_richcompare(Value a, Value b, int op) {
  if (!is_str(a) || !is_str(b)) return newref(NotImplemented());
  if (op == 2 || op == 3) {
    bool eq = str_equal(as_str(a), as_str(b));
    return newref(boolean(op == 2 ? eq : !eq));
  }
  return newref(cmp_result(str_cmp(as_str(a), as_str(b)), op));
}

// ---------------------------------------------------------------- repr
// Appends the repr of s (quotes included) as code points.
static void str_repr_into(Str* s, std::u32string& out) {
  std::u32string_view v = str_view(s);
  bool has_sq = v.find(U'\'') != std::u32string_view::npos;
  bool has_dq = v.find(U'"') != std::u32string_view::npos;
  char32_t q = (has_sq && !has_dq) ? U'"' : U'\'';
  out += q;
  static const char* hex = "0123456789abcdef";
  for (char32_t c : v) {
    if (c == q || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\t') {
      out += U"\\t";
    } else if (c == '\n') {
      out += U"\\n";
    } else if (c == '\r') {
      out += U"\\r";
    } else if (c < 0x20 || c == 0x7F) {
      out += U"\\x";
      out += static_cast<char32_t>(hex[c >> 4]);
      out += static_cast<char32_t>(hex[c & 15]);
    } else if (c < 0x7F) {
      out += c;
    } else if (unicode::is_printable(c)) {
      out += c;
    } else if (c < 0x100) {
      out += U"\\x";
      out += static_cast<char32_t>(hex[c >> 4]);
      out += static_cast<char32_t>(hex[c & 15]);
    } else if (c < 0x10000) {
      out += U"\\u";
      for (int sh = 12; sh >= 0; sh -= 4) out += static_cast<char32_t>(hex[(c >> sh) & 15]);
    } else {
      out += U"\\U";
      for (int sh = 28; sh >= 0; sh -= 4) out += static_cast<char32_t>(hex[(c >> sh) & 15]);
    }
  }
  out += q;
}
// repr(s)
Value str_repr(Str* s) {
  std::u32string out;
  out.reserve(s->length + 2);
  str_repr_into(s, out);
  return make_str(out);
}
// repr(s) as UTF-8.
std::string str_repr_utf8(Str* s) {
  std::u32string out;
  str_repr_into(s, out);
  return utf8_of(out);
}
// repr() of str.
static Value str_repr_slot(Value v) { return str_repr(as_str(v)); }
// str(s): the same object for exact strs, a copy for subclasses.
static Value str_str_slot(Value v) {
  if (is_exact(v, StrType)) return newref(v);
  return make_str(str_view(as_str(v)));
}

// ---------------------------------------------------------------- sequence ops
// a + b
static Value str_concat(Value a, Value b) {
  if (!is_str(a) || !is_str(b)) {
    if (is_str(a))
      return raise_fmt(TypeErrorType, "can only concatenate str (not \"%s\") to str", {type_name(b)});
    return newref(NotImplemented());
  }
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (y->length == 0 && is_exact(a, StrType)) return newref(a);
  if (x->length == 0 && is_exact(b, StrType)) return newref(b);
  Str* r = str_alloc(x->length + y->length);
  if (!r) return Value();
  std::memcpy(r->data, x->data, x->length * sizeof(char32_t));
  std::memcpy(r->data + x->length, y->data, y->length * sizeof(char32_t));
  return val(r);
}
// s * n
static Value str_repeat(Value a, Value n) {
  if (!is_int(n) && !type_of(n)->index)
    return raise_fmt(TypeErrorType, "can't multiply sequence by non-int of type '%s'", {type_name(n)});
  std::int64_t k;
  if (!index_value(n, k, OverflowErrorType)) return Value();
  Str* s = as_str(a);
  if (k <= 0 || s->length == 0) return make_str(U"");
  if (k == 1 && is_exact(a, StrType)) return newref(a);
  if (static_cast<std::uint64_t>(k) > (std::uint64_t{1} << 40) / (s->length + 1)) return raise_no_memory();
  Str* r = str_alloc(s->length * static_cast<std::size_t>(k));
  if (!r) return Value();
  for (std::int64_t i = 0; i < k; ++i)
    std::memcpy(r->data + static_cast<std::size_t>(i) * s->length, s->data, s->length * sizeof(char32_t));
  return val(r);
}

// len() of str.
static std::int64_t str_len(Value v) { return static_cast<std::int64_t>(as_str(v)->length); }
// bool() of str.
static int str_bool(Value v) { return as_str(v)->length != 0; }

// s[i] / s[a:b:c]
static Value str_getitem(Value self, Value key) {
  Str* s = as_str(self);
  if (key.is_small() || is_int(key)) {
    std::int64_t i;
    if (!index_value(key, i)) return Value();
    if (i < 0) i += static_cast<std::int64_t>(s->length);
    if (i < 0 || i >= static_cast<std::int64_t>(s->length)) return raise(IndexErrorType, "string index out of range");
    return make_str(std::u32string_view(s->data + i, 1));
  }
  if (is_exact(key, SliceType)) {
    std::int64_t start, stop, step;
    if (!slice_unpack(key, start, stop, step)) return Value();
    std::int64_t n = slice_adjust(static_cast<std::int64_t>(s->length), start, stop, step);
    if (step == 1) {
      if (n == static_cast<std::int64_t>(s->length) && is_exact(self, StrType)) return newref(self);
      return make_str(std::u32string_view(s->data + start, static_cast<std::size_t>(n)));
    }
    Str* r = str_alloc(static_cast<std::size_t>(n));
    if (!r) return Value();
    for (std::int64_t i = 0, j = start; i < n; ++i, j += step) r->data[i] = s->data[j];
    if (n <= 1) {
      Value v = make_str(str_view(r));
      decref(val(r));
      return v;
    }
    return val(r);
  }
  if (type_of(key)->index) {
    std::int64_t i;
    if (!index_value(key, i)) return Value();
    Value k = make_int(i);
    Value r = str_getitem(self, k);
    decref(k);
    return r;
  }
  return raise_fmt(TypeErrorType, "string indices must be integers, not '%s'", {type_name(key)});
}

// sub in s
static int str_contains(Value self, Value item) {
  if (!is_str(item)) {
    raise_fmt(TypeErrorType, "'in <string>' requires string as left operand, not %s", {type_name(item)});
    return -1;
  }
  return str_view(as_str(self)).find(str_view(as_str(item))) != std::u32string_view::npos;
}

// ---------------------------------------------------------------- iteration
struct StrIter : Object {
  Value str;  // owned
  std::size_t pos;
};
// iter() of str.
static Value str_iter(Value self) {
  Value it = alloc_instance(&g_str_iter);
  if (!it) return it;
  auto* i = static_cast<StrIter*>(it.obj());
  i->str = newref(self);
  i->pos = 0;
  return it;
}
// next() of str_ascii_iterator.
static Value str_iter_next(Value self) {
  auto* i = static_cast<StrIter*>(self.obj());
  Str* s = as_str(i->str);
  if (i->pos >= s->length) return Value();
  char32_t c = s->data[i->pos++];
  return make_str(std::u32string_view(&c, 1));
}
// Frees str_ascii_iterator.
static void str_iter_dealloc(Object* o) {
  decref(static_cast<StrIter*>(o)->str);
  free_instance(o);
}
// iter() of str_ascii_iterator.
static Value self_iter(Value self) { return newref(self); }
// str_ascii_iterator.__length_hint__()
static Value str_iter_length_hint(Value self, const Value*, std::size_t, Tuple*) {
  auto* i = static_cast<StrIter*>(self.obj());
  return make_int(static_cast<std::int64_t>(as_str(i->str)->length - std::min(i->pos, as_str(i->str)->length)));
}

// ---------------------------------------------------------------- character classes
static locale_t utf8_locale() {
  static locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  return loc;
}
// str.isspace() for one character.
static bool u_isspace(char32_t c) { return unicode::is_space(c); }
// The decimal value of a digit character, or -1.
static int u_decimal(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  static const char32_t kZeros[] = {0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66,
                                    0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810,
                                    0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6};
  if (c < 0x660) return -1;
  for (char32_t z : kZeros)
    if (c >= z && c < z + 10) return static_cast<int>(c - z);
  return -1;
}
// str.isdigit() for one character.
static bool u_isdigit(char32_t c) {
  return u_decimal(c) >= 0 || (c >= 0xB2 && c <= 0xB3) || c == 0xB9 || (c >= 0x2070 && c <= 0x2079 && c != 0x2071 &&
                                                                        c != 0x2072 && c != 0x2073) ||
         (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468);
}
// str.isnumeric() for one character (common numeric characters).
static bool u_isnumeric(char32_t c) {
  return u_isdigit(c) || c == 0xBC || c == 0xBD || c == 0xBE || (c >= 0x2150 && c <= 0x2189) ||
         (c >= 0x4E00 && (c == 0x4E00 || c == 0x4E8C || c == 0x4E09 || c == 0x56DB || c == 0x4E94 || c == 0x516D ||
                          c == 0x4E03 || c == 0x516B || c == 0x4E5D || c == 0x5341));
}
// str.isalnum() for one character.
static bool u_isalnum(char32_t c) { return unicode::is_alnum(c); }
// The title-case letters (category Lt): neither upper nor lower case.
static bool u_istitlecase(char32_t c) {
  return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2 || (c >= 0x1F88 && c <= 0x1F8F) ||
         (c >= 0x1F98 && c <= 0x1F9F) || (c >= 0x1FA8 && c <= 0x1FAF) || c == 0x1FBC || c == 0x1FCC || c == 0x1FFC;
}
// str.isupper() for one character.
static bool u_isupper(char32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  if (u_istitlecase(c)) return false;
  locale_t l = utf8_locale();
  return l && iswupper_l(static_cast<wint_t>(c), l);
}
// str.islower() for one character.
static bool u_islower(char32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  if (u_istitlecase(c)) return false;
  locale_t l = utf8_locale();
  return l && iswlower_l(static_cast<wint_t>(c), l);
}
// str.isalpha() for one character.
static bool u_isalpha(char32_t c) {
  if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return unicode::is_alnum(c) && !u_isnumeric(c);
}
// The simple upper-case mapping.
static char32_t u_upper(char32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
  locale_t l = utf8_locale();
  return l ? static_cast<char32_t>(towupper_l(static_cast<wint_t>(c), l)) : c;
}
// The simple lower-case mapping.
static char32_t u_lower(char32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  locale_t l = utf8_locale();
  return l ? static_cast<char32_t>(towlower_l(static_cast<wint_t>(c), l)) : c;
}
// Full case mappings that expand to several characters (SpecialCasing: ß and the
// Latin ligatures): the upper and title forms, or null.
static const char32_t* special_upper(char32_t c) {
  switch (c) {
    case 0xDF: return U"SS";
    case 0xFB00: return U"FF";
    case 0xFB01: return U"FI";
    case 0xFB02: return U"FL";
    case 0xFB03: return U"FFI";
    case 0xFB04: return U"FFL";
    case 0xFB05:
    case 0xFB06: return U"ST";
    default: return nullptr;
  }
}
// The multi-character title-case mappings, or null.
static const char32_t* special_title(char32_t c) {
  switch (c) {
    case 0xDF: return U"Ss";
    case 0xFB00: return U"Ff";
    case 0xFB01: return U"Fi";
    case 0xFB02: return U"Fl";
    case 0xFB03: return U"Ffi";
    case 0xFB04: return U"Ffl";
    case 0xFB05:
    case 0xFB06: return U"St";
    default: return nullptr;
  }
}
// The multi-character case foldings, or null.
static const char32_t* special_fold(char32_t c) {
  switch (c) {
    case 0xDF: return U"ss";
    case 0xFB00: return U"ff";
    case 0xFB01: return U"fi";
    case 0xFB02: return U"fl";
    case 0xFB03: return U"ffi";
    case 0xFB04: return U"ffl";
    case 0xFB05:
    case 0xFB06: return U"st";
    default: return nullptr;
  }
}
// Appends the lower form of c (İ becomes i + combining dot, as SpecialCasing says).
static void add_lower(std::u32string& out, char32_t c) {
  if (c == 0x130)
    out += U"i\u0307";
  else
    out += u_lower(c);
}
// Appends the upper / title / lower form of c.
static void add_upper(std::u32string& out, char32_t c) {
  if (const char32_t* s = special_upper(c))
    out += s;
  else
    out += u_upper(c);
}
// Appends the title-case form of c.
static void add_title(std::u32string& out, char32_t c) {
  if (const char32_t* s = special_title(c)) {
    out += s;
    return;
  }
  // The title-case digraphs (ǅ ǈ ǋ ǲ) from their upper/lower forms.
  if (c == 0x1C4 || c == 0x1C5 || c == 0x1C6) return void(out += 0x1C5);
  if (c == 0x1C7 || c == 0x1C8 || c == 0x1C9) return void(out += 0x1C8);
  if (c == 0x1CA || c == 0x1CB || c == 0x1CC) return void(out += 0x1CB);
  if (c == 0x1F1 || c == 0x1F2 || c == 0x1F3) return void(out += 0x1F2);
  out += u_upper(c);
}

// Whether c has case.
static bool u_iscased(char32_t c) { return u_isupper(c) || u_islower(c) || u_upper(c) != c || u_lower(c) != c; }

// ---------------------------------------------------------------- argument helpers
// The str argument of a method, or TypeError "must be str, not int".
static bool str_arg(const char* fname, Value v, Str*& out, const char* what = nullptr) {
  if (is_str(v)) {
    out = as_str(v);
    return true;
  }
  if (what)
    raise_fmt(TypeErrorType, "%s", {what});
  else
    raise_fmt(TypeErrorType, "%s() argument must be str, not %s", {fname, type_name(v)});
  return false;
}

// start/end arguments (None allowed) clamped like a slice of a length-n sequence.
static bool start_end(const Value* args, std::size_t nargs, std::size_t first, std::size_t n, std::int64_t& start,
                      std::int64_t& end) {
  start = 0;
  end = static_cast<std::int64_t>(n);
  auto get = [&](std::size_t i, std::int64_t& out) -> bool {
    if (nargs <= i || args[i] == None()) return true;
    if (!is_int(args[i]) && !type_of(args[i])->index) {
      raise_type_error("slice indices must be integers or None or have an __index__ method");
      return false;
    }
    Value iv = index_to_int(args[i]);
    if (!iv) return false;
    std::int64_t v;
    if (!int_to_int64(iv, v)) v = int_sign(iv) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    decref(iv);
    out = v;
    return true;
  };
  if (!get(first, start) || !get(first + 1, end)) return false;
  auto sn = static_cast<std::int64_t>(n);
  if (start < 0) start = std::max<std::int64_t>(0, start + sn);
  if (end < 0) end = std::max<std::int64_t>(0, end + sn);
  if (end > sn) end = sn;
  return true;
}

// A str or a new list of strs from parts.
static Value list_of_strs(std::vector<std::u32string_view>& parts) {
  Value l = make_list(parts.size());
  if (!l) return l;
  for (std::size_t i = 0; i < parts.size(); ++i) as_list(l)->items[i] = make_str(parts[i]);
  return l;
}

#define SELF (as_str(self))
#define SV (str_view(as_str(self)))

// ---------------------------------------------------------------- methods: split/join
// str.split(sep=None, maxsplit=-1)
static Value str_split_impl(Value self, const Value* args, std::size_t nargs, Tuple* kwnames, bool right) {
  static const char* const kw[] = {"sep", "maxsplit"};
  Value a[2];
  if (!parse_args(right ? "rsplit" : "split", args, nargs, kwnames, kw, 2, 0, a)) return Value();
  std::int64_t maxsplit = -1;
  if (a[1] && !index_value(a[1], maxsplit, OverflowErrorType)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::u32string_view s = SV;
  std::vector<std::u32string_view> parts;
  if (!a[0] || a[0] == None()) {
    if (!right) {
      std::size_t i = 0, n = s.size();
      while (true) {
        while (i < n && u_isspace(s[i])) ++i;
        if (i >= n) break;
        if (static_cast<std::int64_t>(parts.size()) == maxsplit) {
          parts.push_back(s.substr(i));  // the rest as it is
          break;
        }
        std::size_t j = i;
        while (j < n && !u_isspace(s[j])) ++j;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      std::size_t e = s.size();
      while (true) {
        while (e > 0 && u_isspace(s[e - 1])) --e;
        if (e == 0) break;
        if (static_cast<std::int64_t>(parts.size()) == maxsplit) {
          parts.push_back(s.substr(0, e));  // the rest as it is
          break;
        }
        std::size_t j = e;
        while (j > 0 && !u_isspace(s[j - 1])) --j;
        parts.push_back(s.substr(j, e - j));
        e = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
    return list_of_strs(parts);
  }
  Str* sep;
  if (!is_str(a[0])) return raise_fmt(TypeErrorType, "must be str or None, not %s", {type_name(a[0])});
  sep = as_str(a[0]);
  if (sep->length == 0) return raise(ValueErrorType, "empty separator");
  std::u32string_view p = str_view(sep);
  if (!right) {
    std::size_t i = 0;
    while (static_cast<std::int64_t>(parts.size()) < maxsplit) {
      std::size_t j = s.find(p, i);
      if (j == std::u32string_view::npos) break;
      parts.push_back(s.substr(i, j - i));
      i = j + p.size();
    }
    parts.push_back(s.substr(i));
  } else {
    std::size_t e = s.size();
    std::int64_t count = 0;
    while (count < maxsplit && e >= p.size()) {
      std::size_t j = s.substr(0, e).rfind(p);
      if (j == std::u32string_view::npos) break;
      parts.push_back(s.substr(j + p.size(), e - j - p.size()));
      e = j;
      ++count;
    }
    parts.push_back(s.substr(0, e));
    std::reverse(parts.begin(), parts.end());
  }
  return list_of_strs(parts);
}
// str.split()
static Value str_split(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  return str_split_impl(self, args, nargs, kw, false);
}
// str.rsplit()
static Value str_rsplit(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  return str_split_impl(self, args, nargs, kw, true);
}

// str.join(iterable)
static Value str_join(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("join", kw) || !check_exact("join", nargs, 1)) return Value();
  if (!type_of(args[0])->iter && !type_of(args[0])->getitem) return raise_type_error("can only join an iterable");
  Value seq = sequence_to_list_or_tuple(args[0], false);
  if (!seq) return seq;
  Value* items = is_list(seq) ? as_list(seq)->items : as_tuple(seq)->items;
  std::size_t n = is_list(seq) ? as_list(seq)->length : as_tuple(seq)->length;
  Str* sep = SELF;
  std::size_t total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) {
      raise_fmt(TypeErrorType, "sequence item %s: expected str instance, %s found",
                {std::to_string(i), type_name(items[i])});
      decref(seq);
      return Value();
    }
    total += as_str(items[i])->length;
  }
  if (n == 1 && is_exact(items[0], StrType)) {
    Value r = newref(items[0]);
    decref(seq);
    return r;
  }
  if (n) total += sep->length * (n - 1);
  Str* r = str_alloc(total);
  if (!r) {
    decref(seq);
    return Value();
  }
  char32_t* p = r->data;
  for (std::size_t i = 0; i < n; ++i) {
    if (i && sep->length) {
      std::memcpy(p, sep->data, sep->length * sizeof(char32_t));
      p += sep->length;
    }
    Str* x = as_str(items[i]);
    std::memcpy(p, x->data, x->length * sizeof(char32_t));
    p += x->length;
  }
  decref(seq);
  if (total <= 1) {
    Value v = make_str(str_view(r));
    decref(val(r));
    return v;
  }
  return val(r);
}

// str.strip/lstrip/rstrip(chars=None)
static Value str_strip_impl(Value self, const Value* args, std::size_t nargs, int which, const char* name) {
  if (!check_args(name, nargs, 0, 1)) return Value();
  std::u32string_view s = SV;
  std::u32string_view chars;
  bool ws = nargs == 0 || args[0] == None();
  if (!ws) {
    if (!is_str(args[0])) return raise_fmt(TypeErrorType, "%s arg must be None or str", {name});
    chars = str_view(as_str(args[0]));
  }
  auto strip_it = [&](char32_t c) { return ws ? u_isspace(c) : chars.find(c) != std::u32string_view::npos; };
  std::size_t i = 0, e = s.size();
  if (which != 2)
    while (i < e && strip_it(s[i])) ++i;
  if (which != 1)
    while (e > i && strip_it(s[e - 1])) --e;
  if (i == 0 && e == s.size() && is_exact(self, StrType)) return newref(self);
  return make_str(s.substr(i, e - i));
}
// str.strip()
static Value str_strip(Value self, const Value* args, std::size_t nargs, Tuple*) {
  return str_strip_impl(self, args, nargs, 0, "strip");
}
// str.lstrip()
static Value str_lstrip(Value self, const Value* args, std::size_t nargs, Tuple*) {
  return str_strip_impl(self, args, nargs, 1, "lstrip");
}
// str.rstrip()
static Value str_rstrip(Value self, const Value* args, std::size_t nargs, Tuple*) {
  return str_strip_impl(self, args, nargs, 2, "rstrip");
}

// str.replace(old, new, count=-1)
static Value str_replace(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("replace", nargs, 2, 3)) return Value();
  Str *olds, *news;
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "replace() argument 1 must be str, not %s", {type_name(args[0])});
  if (!is_str(args[1]))
    return raise_fmt(TypeErrorType, "replace() argument 2 must be str, not %s", {type_name(args[1])});
  olds = as_str(args[0]);
  news = as_str(args[1]);
  std::int64_t count = -1;
  if (nargs > 2 && !index_value(args[2], count, OverflowErrorType)) return Value();
  if (count < 0) count = INT64_MAX;
  std::u32string_view s = SV, o = str_view(olds), nw = str_view(news);
  std::u32string out;
  std::int64_t done = 0;
  if (o.empty()) {
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (done < count) {
        out += nw;
        ++done;
      }
      if (i < s.size()) out += s[i];
    }
    return make_str(out);
  }
  std::size_t i = 0;
  while (done < count) {
    std::size_t j = s.find(o, i);
    if (j == std::u32string_view::npos) break;
    out += s.substr(i, j - i);
    out += nw;
    i = j + o.size();
    ++done;
  }
  if (done == 0 && is_exact(self, StrType)) return newref(self);
  out += s.substr(i);
  return make_str(out);
}

// find/rfind/index/rindex/count share this search.
static Value str_find_impl(Value self, const Value* args, std::size_t nargs, const char* name, int mode) {
  // mode: 0 find, 1 rfind, 2 index, 3 rindex, 4 count
  if (!check_args(name, nargs, 1, 3)) return Value();
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "must be str, not %s", {type_name(args[0])});
  std::u32string_view s = SV, sub = str_view(as_str(args[0]));
  std::int64_t start, end;
  if (!start_end(args, nargs, 1, s.size(), start, end)) return Value();
  if (mode == 4) {
    if (start > end || start > static_cast<std::int64_t>(s.size())) return Value::small(0);
    if (sub.empty()) return make_int(end - start + 1);
    std::int64_t c = 0;
    std::u32string_view w = s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    for (std::size_t i = w.find(sub); i != std::u32string_view::npos; i = w.find(sub, i + sub.size())) ++c;
    return make_int(c);
  }
  std::int64_t r = -1;
  if (start <= end && static_cast<std::int64_t>(sub.size()) <= end - start) {
    std::u32string_view w = s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    std::size_t k = (mode == 1 || mode == 3) ? w.rfind(sub) : w.find(sub);
    if (k != std::u32string_view::npos) r = static_cast<std::int64_t>(k) + start;
  }
  if (r < 0 && mode >= 2) return raise(ValueErrorType, "substring not found");
  return make_int(r);
}
// str.find()
static Value str_find(Value self, const Value* a, std::size_t n, Tuple*) { return str_find_impl(self, a, n, "find", 0); }
// str.rfind()
static Value str_rfind(Value self, const Value* a, std::size_t n, Tuple*) { return str_find_impl(self, a, n, "rfind", 1); }
// str.index()
static Value str_index(Value self, const Value* a, std::size_t n, Tuple*) { return str_find_impl(self, a, n, "index", 2); }
// str.rindex()
static Value str_rindex(Value self, const Value* a, std::size_t n, Tuple*) {
  return str_find_impl(self, a, n, "rindex", 3);
}
// str.count()
static Value str_count(Value self, const Value* a, std::size_t n, Tuple*) { return str_find_impl(self, a, n, "count", 4); }

// startswith/endswith(prefix or tuple, start, end)
static Value str_startsend(Value self, const Value* args, std::size_t nargs, bool ends) {
  const char* name = ends ? "endswith" : "startswith";
  if (!check_args(name, nargs, 1, 3)) return Value();
  std::u32string_view s = SV;
  std::int64_t start, end;
  if (!start_end(args, nargs, 1, s.size(), start, end)) return Value();
  auto test = [&](Str* p) -> bool {
    std::u32string_view pv = str_view(p);
    if (start > static_cast<std::int64_t>(s.size())) return false;
    if (end - start < static_cast<std::int64_t>(pv.size())) return false;
    std::size_t at = ends ? static_cast<std::size_t>(end) - pv.size() : static_cast<std::size_t>(start);
    return s.substr(at, pv.size()) == pv;
  };
  if (is_str(args[0])) return newref(boolean(test(as_str(args[0]))));
  if (is_tuple(args[0])) {
    Tuple* t = as_tuple(args[0]);
    for (std::size_t i = 0; i < t->length; ++i) {
      if (!is_str(t->items[i]))
        return raise_fmt(TypeErrorType, "tuple for %s must only contain str, not %s", {name, type_name(t->items[i])});
      if (test(as_str(t->items[i]))) return newref(True());
    }
    return newref(False());
  }
  return raise_fmt(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", {name, type_name(args[0])});
}
// str.startswith()
static Value str_startswith(Value self, const Value* a, std::size_t n, Tuple*) { return str_startsend(self, a, n, false); }
// str.endswith()
static Value str_endswith(Value self, const Value* a, std::size_t n, Tuple*) { return str_startsend(self, a, n, true); }

// ---------------------------------------------------------------- methods: case
static Value str_upper(Value self, const Value*, std::size_t n, Tuple*) {
  if (!check_exact("upper", n, 0)) return Value();
  std::u32string_view s = SV;
  std::u32string out;
  out.reserve(s.size());
  for (char32_t c : s) add_upper(out, c);
  return make_str(out);
}
// Characters case mapping skips over when looking for neighbouring letters (apostrophes,
// periods, modifier and combining marks: an approximation of Case_Ignorable).
static bool u_case_ignorable(char32_t c) {
  return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xAD || c == 0xB7 || c == 0x2019 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x2B0 && c <= 0x2FF);
}
// Appends the lower form of s[i]; a capital sigma at the end of a word becomes ς.
static void add_lower_at(std::u32string& out, std::u32string_view s, std::size_t i) {
  if (s[i] != 0x3A3) return add_lower(out, s[i]);
  bool before = false, after = false;
  for (std::size_t j = i; j-- > 0;) {
    if (u_case_ignorable(s[j])) continue;
    before = u_iscased(s[j]);
    break;
  }
  for (std::size_t j = i + 1; j < s.size(); ++j) {
    if (u_case_ignorable(s[j])) continue;
    after = u_iscased(s[j]);
    break;
  }
  out += before && !after ? U'\u03C2' : U'\u03C3';
}
// str.lower()
static Value str_lower(Value self, const Value*, std::size_t n, Tuple*) {
  if (!check_exact("lower", n, 0)) return Value();
  std::u32string_view s = SV;
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) add_lower_at(out, s, i);
  return make_str(out);
}
// str.casefold()
static Value str_casefold(Value self, const Value*, std::size_t n, Tuple*) {
  if (!check_exact("casefold", n, 0)) return Value();
  std::u32string out;
  for (char32_t c : SV) {
    if (const char32_t* f = special_fold(c))
      out += f;
    else if (c == 0x3C2)
      out += U'\u03C3';
    else
      add_lower(out, c);
  }
  return make_str(out);
}
// str.swapcase()
static Value str_swapcase(Value self, const Value*, std::size_t n, Tuple*) {
  if (!check_exact("swapcase", n, 0)) return Value();
  std::u32string_view s = SV;
  std::u32string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (u_isupper(c))
      add_lower_at(out, s, i);
    else if (u_islower(c))
      add_upper(out, c);
    else
      out += c;
  }
  return make_str(out);
}
// str.capitalize()
static Value str_capitalize(Value self, const Value*, std::size_t n, Tuple*) {
  if (!check_exact("capitalize", n, 0)) return Value();
  std::u32string_view s = SV;
  std::u32string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == 0)
      add_title(out, s[i]);
    else
      add_lower_at(out, s, i);
  }
  return make_str(out);
}
// str.title()
static Value str_title(Value self, const Value*, std::size_t n, Tuple*) {
  if (!check_exact("title", n, 0)) return Value();
  std::u32string_view s = SV;
  std::u32string out;
  bool prev_cased = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (prev_cased)
      add_lower_at(out, s, i);
    else
      add_title(out, c);
    prev_cased = u_iscased(c);
  }
  return make_str(out);
}

// ---------------------------------------------------------------- methods: predicates
template <class F>
static Value str_all(Value self, std::size_t nargs, const char* name, F f, bool empty_result = false) {
  if (!check_exact(name, nargs, 0)) return Value();
  std::u32string_view s = SV;
  if (s.empty()) return newref(boolean(empty_result));
  for (char32_t c : s)
    if (!f(c)) return newref(False());
  return newref(True());
}
// str.isdigit()
static Value str_isdigit(Value self, const Value*, std::size_t n, Tuple*) { return str_all(self, n, "isdigit", u_isdigit); }
// str.isdecimal()
static Value str_isdecimal(Value self, const Value*, std::size_t n, Tuple*) {
  return str_all(self, n, "isdecimal", [](char32_t c) { return u_decimal(c) >= 0; });
}
// str.isnumeric()
static Value str_isnumeric(Value self, const Value*, std::size_t n, Tuple*) {
  return str_all(self, n, "isnumeric", u_isnumeric);
}
// str.isalpha()
static Value str_isalpha(Value self, const Value*, std::size_t n, Tuple*) { return str_all(self, n, "isalpha", u_isalpha); }
// str.isalnum()
static Value str_isalnum(Value self, const Value*, std::size_t n, Tuple*) { return str_all(self, n, "isalnum", u_isalnum); }
// str.isspace()
static Value str_isspace(Value self, const Value*, std::size_t n, Tuple*) { return str_all(self, n, "isspace", u_isspace); }
// str.isascii()
static Value str_isascii(Value self, const Value*, std::size_t n, Tuple*) {
  return str_all(self, n, "isascii", [](char32_t c) { return c < 128; }, true);
}
// str.isprintable()
static Value str_isprintable(Value self, const Value*, std::size_t n, Tuple*) {
  return str_all(self, n, "isprintable", [](char32_t c) { return unicode::is_printable(c); }, true);
}
// isupper/islower: at least one cased character, none of the other case.
static Value str_iscase(Value self, std::size_t nargs, bool upper) {
  if (!check_exact(upper ? "isupper" : "islower", nargs, 0)) return Value();
  bool cased = false;
  for (char32_t c : SV) {
    if (upper ? u_islower(c) : u_isupper(c)) return newref(False());
    if (upper ? u_isupper(c) : u_islower(c)) cased = true;
  }
  return newref(boolean(cased));
}
// str.isupper()
static Value str_isupper(Value self, const Value*, std::size_t n, Tuple*) { return str_iscase(self, n, true); }
// str.islower()
static Value str_islower(Value self, const Value*, std::size_t n, Tuple*) { return str_iscase(self, n, false); }
// str.istitle()
static Value str_istitle(Value self, const Value*, std::size_t n, Tuple*) {
  if (!check_exact("istitle", n, 0)) return Value();
  bool prev_cased = false, any = false;
  for (char32_t c : SV) {
    if (u_isupper(c) || u_istitlecase(c)) {
      if (prev_cased) return newref(False());
      prev_cased = any = true;
    } else if (u_islower(c)) {
      if (!prev_cased) return newref(False());
      prev_cased = any = true;
    } else {
      prev_cased = false;
    }
  }
  return newref(boolean(any));
}
// str.isidentifier()
static Value str_isidentifier(Value self, const Value*, std::size_t n, Tuple*) {
  if (!check_exact("isidentifier", n, 0)) return Value();
  std::u32string_view s = SV;
  if (s.empty() || !unicode::is_id_start(s[0])) return newref(False());
  for (std::size_t i = 1; i < s.size(); ++i)
    if (!unicode::is_id_continue(s[i])) return newref(False());
  return newref(True());
}

// ---------------------------------------------------------------- methods: padding
// center/ljust/rjust(width, fillchar=' ')
static Value str_pad(Value self, const Value* args, std::size_t nargs, const char* name, int how) {
  if (!check_args(name, nargs, 1, 2)) return Value();
  std::int64_t width;
  if (!index_value(args[0], width, OverflowErrorType)) return Value();
  char32_t fill = ' ';
  if (nargs > 1) {
    if (!is_str(args[1]))
      return raise_fmt(TypeErrorType, "The fill character must be a unicode character, not %s", {type_name(args[1])});
    if (as_str(args[1])->length != 1)
      return raise_type_error("The fill character must be exactly one character long");
    fill = as_str(args[1])->data[0];
  }
  std::u32string_view s = SV;
  auto len = static_cast<std::int64_t>(s.size());
  if (width <= len) return is_exact(self, StrType) ? newref(self) : make_str(s);
  std::size_t total = static_cast<std::size_t>(width - len), left;
  if (how == 0)
    left = total / 2 + (total & static_cast<std::size_t>(width) & 1);
  else if (how == 1)
    left = 0;
  else
    left = total;
  std::u32string out(left, fill);
  out += s;
  out.append(total - left, fill);
  return make_str(out);
}
// str.center()
static Value str_center(Value self, const Value* a, std::size_t n, Tuple*) { return str_pad(self, a, n, "center", 0); }
// str.ljust()
static Value str_ljust(Value self, const Value* a, std::size_t n, Tuple*) { return str_pad(self, a, n, "ljust", 1); }
// str.rjust()
static Value str_rjust(Value self, const Value* a, std::size_t n, Tuple*) { return str_pad(self, a, n, "rjust", 2); }
// str.zfill()
static Value str_zfill(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("zfill", nargs, 1)) return Value();
  std::int64_t width;
  if (!index_value(args[0], width, OverflowErrorType)) return Value();
  std::u32string_view s = SV;
  if (width <= static_cast<std::int64_t>(s.size())) return is_exact(self, StrType) ? newref(self) : make_str(s);
  std::size_t fill = static_cast<std::size_t>(width) - s.size();
  std::u32string out;
  std::size_t start = 0;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out += s[0];
    start = 1;
  }
  out.append(fill, '0');
  out += s.substr(start);
  return make_str(out);
}
// str.expandtabs(tabsize=8)
static Value str_expandtabs(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"tabsize"};
  Value a[1];
  if (!parse_args("expandtabs", args, nargs, kwnames, kw, 1, 0, a)) return Value();
  std::int64_t tab = 8;
  if (a[0] && !index_value(a[0], tab, OverflowErrorType)) return Value();
  std::u32string out;
  std::size_t col = 0;
  for (char32_t c : SV) {
    if (c == '\t') {
      if (tab > 0) {
        std::size_t n = static_cast<std::size_t>(tab) - col % static_cast<std::size_t>(tab);
        out.append(n, ' ');
        col += n;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return make_str(out);
}

// ---------------------------------------------------------------- methods: partition, lines
static Value str_partition_impl(Value self, const Value* args, std::size_t nargs, bool right) {
  if (!check_exact(right ? "rpartition" : "partition", nargs, 1)) return Value();
  if (!is_str(args[0])) return raise_fmt(TypeErrorType, "must be str, not %s", {type_name(args[0])});
  std::u32string_view s = SV, p = str_view(as_str(args[0]));
  if (p.empty()) return raise(ValueErrorType, "empty separator");
  std::size_t k = right ? s.rfind(p) : s.find(p);
  Value t = make_tuple(3);
  Value* it = as_tuple(t)->items;
  if (k == std::u32string_view::npos) {
    if (right) {
      it[0] = make_str(U"");
      it[1] = make_str(U"");
      it[2] = make_str(s);
    } else {
      it[0] = make_str(s);
      it[1] = make_str(U"");
      it[2] = make_str(U"");
    }
    return t;
  }
  it[0] = make_str(s.substr(0, k));
  it[1] = newref(args[0]);
  it[2] = make_str(s.substr(k + p.size()));
  return t;
}
// str.partition()
static Value str_partition(Value self, const Value* a, std::size_t n, Tuple*) { return str_partition_impl(self, a, n, false); }
// str.rpartition()
static Value str_rpartition(Value self, const Value* a, std::size_t n, Tuple*) { return str_partition_impl(self, a, n, true); }

// The line boundaries of str.splitlines().
static bool is_linebreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}
// str.splitlines(keepends=False)
static Value str_splitlines(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"keepends"};
  Value a[1];
  if (!parse_args("splitlines", args, nargs, kwnames, kw, 1, 0, a)) return Value();
  int keep = a[0] ? is_true(a[0]) : 0;
  if (keep < 0) return Value();
  std::u32string_view s = SV;
  std::vector<std::u32string_view> parts;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    while (j < s.size() && !is_linebreak(s[j])) ++j;
    std::size_t eol = j;
    if (j < s.size()) {
      if (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n')
        j += 2;
      else
        ++j;
    }
    parts.push_back(s.substr(i, (keep ? j : eol) - i));
    i = j;
  }
  return list_of_strs(parts);
}

// removeprefix/removesuffix
static Value str_removefix(Value self, const Value* args, std::size_t nargs, bool suffix) {
  const char* name = suffix ? "removesuffix" : "removeprefix";
  if (!check_exact(name, nargs, 1)) return Value();
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "%s() argument must be str, not %s", {name, type_name(args[0])});
  std::u32string_view s = SV, p = str_view(as_str(args[0]));
  if (!p.empty() && s.size() >= p.size()) {
    if (!suffix && s.substr(0, p.size()) == p) return make_str(s.substr(p.size()));
    if (suffix && s.substr(s.size() - p.size()) == p) return make_str(s.substr(0, s.size() - p.size()));
  }
  return is_exact(self, StrType) ? newref(self) : make_str(s);
}
// str.removeprefix()
static Value str_removeprefix(Value self, const Value* a, std::size_t n, Tuple*) { return str_removefix(self, a, n, false); }
// str.removesuffix()
static Value str_removesuffix(Value self, const Value* a, std::size_t n, Tuple*) { return str_removefix(self, a, n, true); }

// ---------------------------------------------------------------- methods: encode, translate
// str.encode(encoding='utf-8', errors='strict'): utf-8, ascii, latin-1.
static Value str_encode(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"encoding", "errors"};
  Value a[2];
  if (!parse_args("encode", args, nargs, kwnames, kw, 2, 0, a)) return Value();
  std::string enc = "utf-8", errors = "strict";
  if (a[0]) {
    if (!is_str(a[0]))
      return raise_fmt(TypeErrorType, "encode() argument 'encoding' must be str, not %s", {type_name(a[0])});
    enc = str_utf8_ref(as_str(a[0]));
  }
  if (a[1]) {
    if (!is_str(a[1]))
      return raise_fmt(TypeErrorType, "encode() argument 'errors' must be str, not %s", {type_name(a[1])});
    errors = str_utf8_ref(as_str(a[1]));
  }
  std::string norm;
  for (char c : enc) norm += static_cast<char>(c == '_' ? '-' : (c >= 'A' && c <= 'Z' ? c + 32 : c));
  std::u32string_view s = SV;
  if (norm == "utf-8" || norm == "utf8") {
    bool surrogates = false;
    for (char32_t c : s) surrogates = surrogates || (c >= 0xD800 && c <= 0xDFFF);
    if (!surrogates || errors == "surrogatepass") return make_bytes(utf8_of(s));
    // lone surrogates: the error handler decides, one by one
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char32_t c = s[i];
      if (c < 0xD800 || c > 0xDFFF) {
        out += utf8_of(std::u32string_view(&s[i], 1));
      } else if (errors == "ignore") {
      } else if (errors == "replace") {
        out += '?';
      } else if (errors == "surrogateescape" && c >= 0xDC80 && c <= 0xDCFF) {
        out += static_cast<char>(c - 0xDC00);
      } else if (errors == "xmlcharrefreplace") {
        out += "&#" + std::to_string(static_cast<std::uint32_t>(c)) + ";";
      } else if (errors == "backslashreplace") {
        char buf[16];
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
        out += buf;
      } else {
        if (errors != "strict" && errors != "surrogateescape")
          return raise_fmt(LookupErrorType, "unknown error handler name '%s'", {errors});
        std::size_t j = i + 1;
        while (j < s.size() && s[j] >= 0xD800 && s[j] <= 0xDFFF) ++j;
        return raise_unicode_error(UnicodeEncodeErrorType, "utf-8", self, static_cast<std::int64_t>(i),
                                   static_cast<std::int64_t>(j), "surrogates not allowed");
      }
    }
    return make_bytes(out);
  }
  bool ascii = norm == "ascii" || norm == "us-ascii";
  bool latin1 = norm == "latin-1" || norm == "latin1" || norm == "iso-8859-1" || norm == "iso8859-1";
  if (!ascii && !latin1) return raise_fmt(LookupErrorType, "unknown encoding: %s", {enc});
  char32_t limit = ascii ? 128 : 256;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] < limit) {
      out += static_cast<char>(s[i]);
    } else if (errors == "ignore") {
    } else if (errors == "replace") {
      out += '?';
    } else if (errors == "xmlcharrefreplace") {
      out += "&#" + std::to_string(static_cast<std::uint32_t>(s[i])) + ";";
    } else if (errors == "backslashreplace") {
      char buf[16];
      const auto c = static_cast<unsigned>(s[i]);
      std::snprintf(buf, sizeof buf, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
      out += buf;
    } else {
      if (errors != "strict") return raise_fmt(LookupErrorType, "unknown error handler name '%s'", {errors});
      std::size_t j = i + 1;
      while (j < s.size() && s[j] >= limit) ++j;  // CPython reports the whole run
      return raise_unicode_error(UnicodeEncodeErrorType, ascii ? "ascii" : "latin-1", self, static_cast<std::int64_t>(i),
                                 static_cast<std::int64_t>(j), ascii ? "ordinal not in range(128)" : "ordinal not in range(256)");
    }
  }
  return make_bytes(out);
}

// str.translate(table): table[ord(c)] is a str, an int or None (delete); LookupError keeps c.
static Value str_translate(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("translate", nargs, 1)) return Value();
  std::u32string out;
  for (char32_t c : SV) {
    Value key = Value::small(c);
    Value r = getitem(args[0], key);
    if (!r) {
      if (isinstance_type(current_error(), LookupErrorType)) {
        clear_error();
        out += c;
        continue;
      }
      return Value();
    }
    if (r == None()) {
    } else if (is_str(r)) {
      out += str_view(as_str(r));
    } else if (is_int(r)) {
      std::int64_t v;
      if (!int_to_int64(r, v) || v < 0 || v > 0x10FFFF) {
        decref(r);
        return raise_type_error("character mapping must be in range(0x110000)");
      }
      out += static_cast<char32_t>(v);
    } else {
      decref(r);
      return raise_type_error("character mapping must return integer, None or str");
    }
    decref(r);
  }
  return make_str(out);
}
// str.maketrans(x, y=None, z=None)
static Value str_maketrans(Value, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_args("maketrans", nargs, 1, 3)) return Value();
  Value d = make_dict();
  if (nargs == 1) {
    if (!is_dict(args[0]))
      return decref(d), raise_type_error("if you give only one argument to maketrans it must be a dict");
    std::size_t pos = 0;
    Value k, v;
    while (dict_next(as_dict(args[0]), pos, k, v)) {
      Value key = k;
      if (is_str(k)) {
        if (as_str(k)->length != 1)
          return decref(d), raise(ValueErrorType, "string keys in translate table must be of length 1");
        key = Value::small(as_str(k)->data[0]);
      } else if (!is_int(k)) {
        return decref(d), raise_type_error("keys in translate table must be strings or integers");
      }
      dict_set(d, key, v);
    }
    return d;
  }
  if (!is_str(args[0]) || !is_str(args[1]))
    return decref(d), raise_type_error("maketrans() argument must be str");
  Str* x = as_str(args[0]);
  Str* y = as_str(args[1]);
  if (x->length != y->length)
    return decref(d), raise(ValueErrorType, "the first two maketrans arguments must have equal length");
  for (std::size_t i = 0; i < x->length; ++i) {
    Value yv = Value::small(y->data[i]);
    dict_set(d, Value::small(x->data[i]), yv);
  }
  if (nargs == 3) {
    if (!is_str(args[2])) return decref(d), raise_type_error("maketrans() argument 3 must be str");
    for (char32_t c : str_view(as_str(args[2]))) dict_set(d, Value::small(c), None());
  }
  return d;
}

// str.__format__()
static Value str_format_method(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("__format__", nargs, 1)) return Value();
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "__format__() argument must be str, not %s", {type_name(args[0])});
  if (as_str(args[0])->length == 0 && !is_exact(self, StrType)) return str(self);  // a subclass's __str__
  return format_str(SELF, as_str(args[0]));
}
// str % args.
static Value str_mod(Value a, Value b) {
  if (!is_str(a)) return newref(NotImplemented());
  return str_percent_format(as_str(a), b);
}
// str.__getnewargs__()
static Value str_getnewargs(Value self, const Value*, std::size_t, Tuple*) {
  Value s = make_str(SV);
  Value t = tuple_pack({s});
  decref(s);
  return t;
}
// str.__sizeof__()
static Value str_sizeof(Value self, const Value*, std::size_t, Tuple*) {
  return make_int(static_cast<std::int64_t>(sizeof(Str) + SELF->length * 4));
}

// ---------------------------------------------------------------- str()
// str(object='') / str(bytes, encoding, errors)
static Value str_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"object", "encoding", "errors"};
  Value a[3];
  if (!parse_args("str", args, nargs, kwnames, kw, 3, 0, a)) return Value();
  Value r;
  if (!a[0]) {
    r = make_str(U"");
  } else if (!a[1] && !a[2]) {
    r = str(a[0]);
  } else {
    if (a[1] && !is_str(a[1]))
      return raise_fmt(TypeErrorType, "str() argument 'encoding' must be str, not %s", {type_name(a[1])});
    if (a[2] && !is_str(a[2]))
      return raise_fmt(TypeErrorType, "str() argument 'errors' must be str, not %s", {type_name(a[2])});
    if (!is_exact(a[0], BytesType))
      return raise_fmt(TypeErrorType, "decoding to str: need a bytes-like object, %s found", {type_name(a[0])});
    Value dec = make_str_ascii("decode");
    Value ar[2] = {a[1] ? a[1] : make_str_ascii("utf-8"), a[2] ? a[2] : make_str_ascii("strict")};
    r = call_method(a[0], as_str(dec), ar, 2);
    if (!a[1]) decref(ar[0]);
    if (!a[2]) decref(ar[1]);
    decref(dec);
  }
  if (!r || t == StrType) return r;
  Str* s = str_alloc_type(t, as_str(r)->length);
  if (s) std::memcpy(s->data, as_str(r)->data, as_str(r)->length * sizeof(char32_t));
  decref(r);
  return s ? val(s) : Value();
}

// Sets up str and its iterator.
void init_str_type() {
  Type* t = StrType;
  type_init(t, "str", ObjectType, sizeof(Str), TF_BASETYPE | TF_STR_SUBCLASS);
  t->dealloc = str_dealloc;
  t->repr = str_repr_slot;
  t->str = str_str_slot;
  t->hash = str_hash_slot;
  t->richcompare = str_richcompare;
  t->seq_concat = str_concat;
  t->seq_repeat = str_repeat;
  t->binary[static_cast<int>(bytecode::BinOp::Remainder)] = str_mod;
  t->length = str_len;
  t->is_true = str_bool;
  t->getitem = str_getitem;
  t->contains = str_contains;
  t->iter = str_iter;
  t->new_fn = str_new;
  add_method(t, "split", str_split);
  add_method(t, "rsplit", str_rsplit);
  add_method(t, "join", str_join);
  add_method(t, "strip", str_strip);
  add_method(t, "lstrip", str_lstrip);
  add_method(t, "rstrip", str_rstrip);
  add_method(t, "replace", str_replace);
  add_method(t, "find", str_find);
  add_method(t, "rfind", str_rfind);
  add_method(t, "index", str_index);
  add_method(t, "rindex", str_rindex);
  add_method(t, "count", str_count);
  add_method(t, "startswith", str_startswith);
  add_method(t, "endswith", str_endswith);
  add_method(t, "upper", str_upper);
  add_method(t, "lower", str_lower);
  add_method(t, "casefold", str_casefold);
  add_method(t, "swapcase", str_swapcase);
  add_method(t, "capitalize", str_capitalize);
  add_method(t, "title", str_title);
  add_method(t, "isdigit", str_isdigit);
  add_method(t, "isdecimal", str_isdecimal);
  add_method(t, "isnumeric", str_isnumeric);
  add_method(t, "isalpha", str_isalpha);
  add_method(t, "isalnum", str_isalnum);
  add_method(t, "isspace", str_isspace);
  add_method(t, "isascii", str_isascii);
  add_method(t, "isprintable", str_isprintable);
  add_method(t, "isupper", str_isupper);
  add_method(t, "islower", str_islower);
  add_method(t, "istitle", str_istitle);
  add_method(t, "isidentifier", str_isidentifier);
  add_method(t, "center", str_center);
  add_method(t, "ljust", str_ljust);
  add_method(t, "rjust", str_rjust);
  add_method(t, "zfill", str_zfill);
  add_method(t, "expandtabs", str_expandtabs);
  add_method(t, "partition", str_partition);
  add_method(t, "rpartition", str_rpartition);
  add_method(t, "splitlines", str_splitlines);
  add_method(t, "removeprefix", str_removeprefix);
  add_method(t, "removesuffix", str_removesuffix);
  add_method(t, "encode", str_encode);
  add_method(t, "translate", str_translate);
  add_static(t, "maketrans", str_maketrans);
  add_method(t, "__format__", str_format_method);
  add_method(t, "__getnewargs__", str_getnewargs);
  add_method(t, "__sizeof__", str_sizeof);
  type_ready(t);

  type_init(&g_str_iter, "str_ascii_iterator", ObjectType, sizeof(StrIter), 0);
  g_str_iter.dealloc = str_iter_dealloc;
  g_str_iter.iter = self_iter;
  g_str_iter.next = str_iter_next;
  add_method(&g_str_iter, "__length_hint__", str_iter_length_hint);
  type_ready(&g_str_iter);
}

// Adds str.format and str.format_map (str_format.cpp).
void add_str_format_methods(NativeFn format, NativeFn format_map) {
  add_method(StrType, "format", format);
  add_method(StrType, "format_map", format_map);
}

}  // namespace peppy::objects
