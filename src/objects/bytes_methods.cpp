// bytes_methods.cpp: the methods bytes and bytearray share beyond the core ones of
// bytes.cpp: padding (center, ljust, rjust, zfill), the ASCII case methods (capitalize,
// swapcase, title, istitle, isascii), lstrip/rstrip, partition/rpartition, rsplit,
// splitlines, expandtabs, removeprefix/removesuffix, translate and maketrans. Results
// are of the receiver's kind (bytes or bytearray), with CPython's error messages.
#include <string>
#include <vector>

#include "objects/bytes_impl.hpp"
#include "objects/core.hpp"

namespace peppy::objects {

namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; }

// The fill byte argument of center/ljust/rjust (b' ' when absent); false with TypeError.
bool fill_byte(const char* fname, Value v, char& out) {
  out = ' ';
  if (!v) return true;
  Type* t = type_of(v);
  bool bytes_like = is_subtype(t, BytesType) || is_subtype(t, ByteArrayType);
  if (bytes_like && bview(v).size() == 1) {
    out = bview(v)[0];
    return true;
  }
  raise_fmt(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", {fname, type_name(v)});
  return false;
}

// center/ljust/rjust: `how` 'c', 'l' or 'r'.
Value pad(Value self, const Value* args, std::size_t nargs, const char* fname, char how) {
  if (!check_args(fname, nargs, 1, 2)) return Value();
  std::int64_t width;
  if (!index_value(args[0], width, OverflowErrorType)) return Value();
  char fill;
  if (!fill_byte(fname, nargs > 1 ? args[1] : Value(), fill)) return Value();
  std::string_view s = bview(self);
  const std::int64_t n = static_cast<std::int64_t>(s.size());
  if (width <= n) return same_kind(self, s);
  const std::int64_t total = width - n;
  std::int64_t left = 0;
  if (how == 'c') {
    left = total / 2 + (total & width & 1);
  } else if (how == 'r') {
    left = total;
  }
  std::string out(static_cast<std::size_t>(left), fill);
  out += s;
  out.append(static_cast<std::size_t>(total - left), fill);
  return same_kind(self, out);
}

// bytes.center(width, fillbyte=b' ')
Value b_center(Value self, const Value* a, std::size_t n, Tuple* kw) {
  if (!no_kwargs("center", kw)) return Value();
  return pad(self, a, n, "center", 'c');
}
// bytes.ljust(width, fillbyte=b' ')
Value b_ljust(Value self, const Value* a, std::size_t n, Tuple* kw) {
  if (!no_kwargs("ljust", kw)) return Value();
  return pad(self, a, n, "ljust", 'l');
}
// bytes.rjust(width, fillbyte=b' ')
Value b_rjust(Value self, const Value* a, std::size_t n, Tuple* kw) {
  if (!no_kwargs("rjust", kw)) return Value();
  return pad(self, a, n, "rjust", 'r');
}

// bytes.zfill(width): zeros after a leading sign.
Value b_zfill(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("zfill", kw) || !check_exact("zfill", nargs, 1)) return Value();
  std::int64_t width;
  if (!index_value(args[0], width, OverflowErrorType)) return Value();
  std::string s(bview(self));
  if (width <= static_cast<std::int64_t>(s.size())) return same_kind(self, s);
  std::size_t fill = static_cast<std::size_t>(width) - s.size();
  std::string out(fill, '0');
  out += s;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out[0] = s[0];
    out[fill] = '0';
  }
  return same_kind(self, out);
}

// bytes.capitalize()
Value b_capitalize(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("capitalize", nargs, 0)) return Value();
  std::string s(bview(self));
  for (std::size_t i = 0; i < s.size(); ++i) s[i] = i == 0 ? to_upper(s[i]) : to_lower(s[i]);
  return same_kind(self, s);
}

// bytes.swapcase()
Value b_swapcase(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("swapcase", nargs, 0)) return Value();
  std::string s(bview(self));
  for (char& c : s) c = is_upper(c) ? to_lower(c) : to_upper(c);
  return same_kind(self, s);
}

// bytes.title(): a letter after a non-letter is upper case, the others lower.
Value b_title(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("title", nargs, 0)) return Value();
  std::string s(bview(self));
  bool prev_cased = false;
  for (char& c : s) {
    if (is_upper(c) || is_lower(c)) {
      c = prev_cased ? to_lower(c) : to_upper(c);
      prev_cased = true;
    } else {
      prev_cased = false;
    }
  }
  return same_kind(self, s);
}

// bytes.istitle()
Value b_istitle(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("istitle", nargs, 0)) return Value();
  bool cased = false, prev_cased = false;
  for (char c : bview(self)) {
    if (is_upper(c)) {
      if (prev_cased) return newref(False());
      prev_cased = cased = true;
    } else if (is_lower(c)) {
      if (!prev_cased) return newref(False());
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return newref(boolean(cased));
}

// bytes.isascii()
Value b_isascii(Value self, const Value*, std::size_t nargs, Tuple*) {
  if (!check_exact("isascii", nargs, 0)) return Value();
  for (char c : bview(self))
    if (static_cast<unsigned char>(c) >= 128) return newref(False());
  return newref(True());
}

// lstrip/rstrip: `left`/`right` say which ends.
Value strip_side(Value self, const Value* args, std::size_t nargs, const char* fname, bool left, bool right) {
  if (!check_args(fname, nargs, 0, 1)) return Value();
  std::string_view s = bview(self), chars;
  bool ws = nargs == 0 || args[0] == None();
  if (!ws && !bytes_arg(args[0], chars)) return Value();
  auto strip_it = [&](char c) { return ws ? bspace(c) : chars.find(c) != std::string_view::npos; };
  std::size_t i = 0, e = s.size();
  if (left)
    while (i < e && strip_it(s[i])) ++i;
  if (right)
    while (e > i && strip_it(s[e - 1])) --e;
  return same_kind(self, s.substr(i, e - i));
}
// bytes.lstrip(bytes=None, /)
Value b_lstrip(Value self, const Value* a, std::size_t n, Tuple* kw) {
  if (!no_kwargs("lstrip", kw)) return Value();
  return strip_side(self, a, n, "lstrip", true, false);
}
// bytes.rstrip(bytes=None, /)
Value b_rstrip(Value self, const Value* a, std::size_t n, Tuple* kw) {
  if (!no_kwargs("rstrip", kw)) return Value();
  return strip_side(self, a, n, "rstrip", false, true);
}

// partition / rpartition.
Value partition(Value self, const Value* args, std::size_t nargs, const char* fname, bool right) {
  if (!check_exact(fname, nargs, 1)) return Value();
  std::string_view s = bview(self), sep;
  if (!bytes_arg(args[0], sep)) return Value();
  if (sep.empty()) return raise(ValueErrorType, "empty separator");
  std::size_t at = right ? s.rfind(sep) : s.find(sep);
  Value parts[3];
  if (at == std::string_view::npos) {
    Value whole = same_kind(self, s), empty = same_kind(self, "");
    Value empty2 = same_kind(self, "");
    parts[0] = right ? empty : whole;
    parts[1] = empty2;
    parts[2] = right ? whole : empty;
  } else {
    parts[0] = same_kind(self, s.substr(0, at));
    parts[1] = same_kind(self, sep);
    parts[2] = same_kind(self, s.substr(at + sep.size()));
  }
  Value t = make_tuple_from(parts, 3);
  for (Value v : parts) decref(v);
  return t;
}
// bytes.partition(sep, /)
Value b_partition(Value self, const Value* a, std::size_t n, Tuple*) { return partition(self, a, n, "partition", false); }
// bytes.rpartition(sep, /)
Value b_rpartition(Value self, const Value* a, std::size_t n, Tuple*) { return partition(self, a, n, "rpartition", true); }

// bytes.rsplit(sep=None, maxsplit=-1): from the right.
Value b_rsplit(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"sep", "maxsplit"};
  Value a[2];
  if (!parse_args("rsplit", args, nargs, kwnames, kw, 2, 0, a)) return Value();
  std::int64_t maxsplit = -1;
  if (a[1] && !index_value(a[1], maxsplit, OverflowErrorType)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view s = bview(self);
  std::vector<std::string_view> parts;  // last first
  if (!a[0] || a[0] == None()) {
    std::size_t e = s.size();
    while (true) {
      while (e > 0 && bspace(s[e - 1])) --e;
      if (e == 0) break;
      if (static_cast<std::int64_t>(parts.size()) == maxsplit) {
        parts.push_back(s.substr(0, e));
        break;
      }
      std::size_t b = e;
      while (b > 0 && !bspace(s[b - 1])) --b;
      parts.push_back(s.substr(b, e - b));
      e = b;
    }
  } else {
    std::string_view p;
    if (!bytes_arg(a[0], p)) return Value();
    if (p.empty()) return raise(ValueErrorType, "empty separator");
    std::size_t e = s.size();
    while (static_cast<std::int64_t>(parts.size()) < maxsplit && e >= p.size()) {
      std::size_t j = s.substr(0, e).rfind(p);
      if (j == std::string_view::npos) break;
      parts.push_back(s.substr(j + p.size(), e - j - p.size()));
      e = j;
    }
    parts.push_back(s.substr(0, e));
  }
  Value l = make_list(parts.size());
  for (std::size_t i = 0; i < parts.size(); ++i) as_list(l)->items[i] = same_kind(self, parts[parts.size() - 1 - i]);
  return l;
}

// bytes.splitlines(keepends=False): at \n, \r and \r\n.
Value b_splitlines(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"keepends"};
  Value a[1];
  if (!parse_args("splitlines", args, nargs, kwnames, kw, 1, 0, a)) return Value();
  int keep = 0;
  if (a[0] && (keep = is_true(a[0])) < 0) return Value();
  std::string_view s = bview(self);
  Value l = make_list(0);
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
    std::size_t eol = j;
    if (j < s.size()) {
      if (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ++j;
      ++j;
    }
    Value part = same_kind(self, s.substr(i, (keep ? j : eol) - i));
    list_append(l, part);
    decref(part);
    i = j;
  }
  return l;
}

// bytes.expandtabs(tabsize=8)
Value b_expandtabs(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"tabsize"};
  Value a[1];
  if (!parse_args("expandtabs", args, nargs, kwnames, kw, 1, 0, a)) return Value();
  std::int64_t tab = 8;
  if (a[0] && !index_value(a[0], tab, OverflowErrorType)) return Value();
  std::string out;
  std::int64_t col = 0;
  for (char c : bview(self)) {
    if (c == '\t') {
      if (tab > 0) {
        std::int64_t n = tab - col % tab;
        out.append(static_cast<std::size_t>(n), ' ');
        col += n;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return same_kind(self, out);
}

// removeprefix / removesuffix.
Value remove_affix(Value self, const Value* args, std::size_t nargs, const char* fname, bool suffix) {
  if (!check_exact(fname, nargs, 1)) return Value();
  std::string_view s = bview(self), p;
  if (!bytes_arg(args[0], p)) return Value();
  if (!p.empty() && s.size() >= p.size()) {
    if (!suffix && s.substr(0, p.size()) == p) return same_kind(self, s.substr(p.size()));
    if (suffix && s.substr(s.size() - p.size()) == p) return same_kind(self, s.substr(0, s.size() - p.size()));
  }
  return same_kind(self, s);
}
// bytes.removeprefix(prefix, /)
Value b_removeprefix(Value self, const Value* a, std::size_t n, Tuple*) {
  return remove_affix(self, a, n, "removeprefix", false);
}
// bytes.removesuffix(suffix, /)
Value b_removesuffix(Value self, const Value* a, std::size_t n, Tuple*) {
  return remove_affix(self, a, n, "removesuffix", true);
}

// bytes.translate(table, /, delete=b'')
Value b_translate(Value self, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kw[] = {"table", "delete"};
  Value a[2];
  if (!parse_args("translate", args, nargs, kwnames, kw, 2, 1, a)) return Value();
  std::string_view table, del;
  bool have_table = a[0] != None();
  if (have_table) {
    if (!bytes_arg(a[0], table)) return Value();
    if (table.size() != 256) return raise(ValueErrorType, "translation table must be 256 characters long");
  }
  if (a[1] && !bytes_arg(a[1], del)) return Value();
  std::string out;
  for (char c : bview(self)) {
    if (del.find(c) != std::string_view::npos) continue;
    out += have_table ? table[static_cast<unsigned char>(c)] : c;
  }
  return same_kind(self, out);
}

// bytes.maketrans(frm, to, /): the 256-byte table mapping frm's bytes to to's.
Value b_maketrans(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("maketrans", kw) || !check_exact("maketrans", nargs, 2)) return Value();
  std::string_view frm, to;
  if (!bytes_arg(args[0], frm) || !bytes_arg(args[1], to)) return Value();
  if (frm.size() != to.size()) return raise(ValueErrorType, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (std::size_t i = 0; i < frm.size(); ++i) table[static_cast<unsigned char>(frm[i])] = to[i];
  return make_bytes(table);
}

}  // namespace

// Adds this file's methods to bytes (bytearray copies them).
void add_bytes_methods(Type* t) {
  add_method(t, "center", b_center);
  add_method(t, "ljust", b_ljust);
  add_method(t, "rjust", b_rjust);
  add_method(t, "zfill", b_zfill);
  add_method(t, "capitalize", b_capitalize);
  add_method(t, "swapcase", b_swapcase);
  add_method(t, "title", b_title);
  add_method(t, "istitle", b_istitle);
  add_method(t, "isascii", b_isascii);
  add_method(t, "lstrip", b_lstrip);
  add_method(t, "rstrip", b_rstrip);
  add_method(t, "partition", b_partition);
  add_method(t, "rpartition", b_rpartition);
  add_method(t, "rsplit", b_rsplit);
  add_method(t, "splitlines", b_splitlines);
  add_method(t, "expandtabs", b_expandtabs);
  add_method(t, "removeprefix", b_removeprefix);
  add_method(t, "removesuffix", b_removesuffix);
  add_method(t, "translate", b_translate);
  add_static(t, "maketrans", b_maketrans);
}

}  // namespace peppy::objects
