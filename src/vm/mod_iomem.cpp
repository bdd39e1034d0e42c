// mod_iomem.cpp: io.StringIO and io.BytesIO, the in-memory streams: read/readline/
// readlines/write/writelines/getvalue/seek/tell/truncate, iteration, context management
// and closing, with CPython's messages (StringIO's closed-file message has no period).
#include <string>

#include "objects/core.hpp"
#include "vm/mod_support.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

struct StringIO : Object {
  std::u32string* buf;  // owned
  std::size_t pos;
  bool closed;
  int newline;  // 0: '\n' (no translation), 1: None (\r\n and \r become \n), 2: '' (untranslated), 3: '\r', 4: '\r\n'
  Dict* dict;
};
struct BytesIO : Object {
  std::string* buf;  // owned
  std::size_t pos;
  bool closed;
  Dict* dict;
};
Type g_stringio, g_bytesio;

// The StringIO behind a value.
StringIO* sio(Value v) { return static_cast<StringIO*>(v.obj()); }
// The BytesIO behind a value.
BytesIO* bio(Value v) { return static_cast<BytesIO*>(v.obj()); }

// ValueError for a closed StringIO; false when closed.
bool s_open(StringIO* s) {
  if (!s->closed) return true;
  raise(ValueErrorType, "I/O operation on closed file");
  return false;
}
// ValueError for a closed BytesIO; false when closed.
bool b_open(BytesIO* b) {
  if (!b->closed) return true;
  raise(ValueErrorType, "I/O operation on closed file.");
  return false;
}
// An optional size argument (None or missing: -1).
bool size_arg(const Value* args, std::size_t nargs, std::int64_t& out) {
  out = -1;
  if (nargs == 0 || args[0] == None()) return true;
  if (!is_int(args[0]) && !type_of(args[0])->index) {
    raise_fmt(TypeErrorType, "argument should be integer or None, not '%s'", {type_name(args[0])});
    return false;
  }
  return index_value(args[0], out);
}

// ---------------------------------------------------------------- StringIO
// Writes text at the position (padding with NULs past the end); translates newlines.
void s_write_text(StringIO* s, std::u32string_view in) {
  std::u32string text;
  if (s->newline == 1) {
    for (std::size_t i = 0; i < in.size(); ++i) {
      if (in[i] == U'\r') {
        text += U'\n';
        if (i + 1 < in.size() && in[i + 1] == U'\n') ++i;
      } else {
        text += in[i];
      }
    }
  } else if (s->newline >= 3) {
    for (char32_t c : in) {
      if (c == U'\n')
        text += s->newline == 3 ? U"\r" : U"\r\n";
      else
        text += c;
    }
  } else {
    text.append(in.begin(), in.end());
  }
  std::u32string& b = *s->buf;
  if (s->pos > b.size()) b.resize(s->pos, U'\0');
  std::size_t over = std::min(text.size(), b.size() - s->pos);
  b.replace(s->pos, over, text);
  s->pos += text.size();
}
// The end (exclusive) of the line starting at the position, at most size characters.
std::size_t s_line_end(StringIO* s, std::int64_t size) {
  const std::u32string& b = *s->buf;
  std::size_t start = std::min(s->pos, b.size()), end = b.size();
  if (size >= 0 && start + static_cast<std::size_t>(size) < end) end = start + static_cast<std::size_t>(size);
  for (std::size_t i = start; i < end; ++i) {
    char32_t c = b[i];
    if (s->newline == 2 || s->newline == 3 || s->newline == 4) {
      if (c == U'\r' && s->newline != 4) {
        if (s->newline == 2 && i + 1 < end && b[i + 1] == U'\n') return i + 2;
        return i + 1;
      }
      if (c == U'\r' && s->newline == 4 && i + 1 < end && b[i + 1] == U'\n') return i + 2;
      if (c == U'\n' && s->newline == 2) return i + 1;
    } else if (c == U'\n') {
      return i + 1;
    }
  }
  return end;
}
// StringIO(initial_value='', newline='\n')
int s_init(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"initial_value", "newline"};
  Value a[2];
  if (!parse_args("StringIO", args, nargs, kw, pn, 2, 0, a)) return -1;
  StringIO* s = sio(self);
  s->newline = 0;
  if (a[1]) {
    if (a[1] == None()) {
      s->newline = 1;
    } else if (!is_str(a[1])) {
      raise_fmt(TypeErrorType, "newline must be str or None, not %s", {type_name(a[1])});
      return -1;
    } else {
      const std::string& n = str_utf8_ref(as_str(a[1]));
      if (n == "\n") s->newline = 0;
      else if (n.empty()) s->newline = 2;
      else if (n == "\r") s->newline = 3;
      else if (n == "\r\n") s->newline = 4;
      else {
        Value r = repr(a[1]);
        raise(ValueErrorType, "illegal newline value: " + str_utf8(as_str(r)));
        decref(r);
        return -1;
      }
    }
  }
  if (a[0] && a[0] != None() && !is_str(a[0])) {
    raise_fmt(TypeErrorType, "initial_value must be str or None, not %s", {type_name(a[0])});
    return -1;
  }
  if (!s->buf) s->buf = new std::u32string();
  s->buf->clear();
  s->pos = 0;
  s->closed = false;
  if (a[0] && a[0] != None()) {
    s_write_text(s, str_view(as_str(a[0])));
    s->pos = 0;
  }
  return 0;
}
// StringIO.__new__
Value s_new(Type* t, const Value*, std::size_t, Tuple*) {
  Value v = alloc_instance(t);
  sio(v)->buf = new std::u32string();
  return v;
}
// Frees a StringIO.
void s_dealloc(Object* o) {
  StringIO* s = static_cast<StringIO*>(o);
  delete s->buf;
  if (s->dict) decref(val(s->dict));
  free_instance(o);
}

#define IO_METHOD(fn) Value fn(Value self, [[maybe_unused]] const Value* args, std::size_t nargs, Tuple* kw)

// StringIO.read()
IO_METHOD(s_read) {
  if (!no_kwargs("read", kw) || !check_args("read", nargs, 0, 1)) return Value();
  StringIO* s = sio(self);
  std::int64_t n;
  if (!s_open(s) || !size_arg(args, nargs, n)) return Value();
  const std::u32string& b = *s->buf;
  std::size_t start = std::min(s->pos, b.size());
  std::size_t count = b.size() - start;
  if (n >= 0 && static_cast<std::size_t>(n) < count) count = static_cast<std::size_t>(n);
  s->pos = start + count;
  return make_str(std::u32string_view(b).substr(start, count));
}
// The next line (empty at the end).
Value s_line(StringIO* s, std::int64_t size) {
  std::size_t start = std::min(s->pos, s->buf->size());
  std::size_t end = s_line_end(s, size);
  s->pos = end;
  return make_str(std::u32string_view(*s->buf).substr(start, end - start));
}
// StringIO.readline()
IO_METHOD(s_readline) {
  if (!no_kwargs("readline", kw) || !check_args("readline", nargs, 0, 1)) return Value();
  StringIO* s = sio(self);
  std::int64_t n;
  if (!s_open(s) || !size_arg(args, nargs, n)) return Value();
  return s_line(s, n);
}
// StringIO.readlines()
IO_METHOD(s_readlines) {
  if (!no_kwargs("readlines", kw) || !check_args("readlines", nargs, 0, 1)) return Value();
  StringIO* s = sio(self);
  std::int64_t hint;
  if (!s_open(s) || !size_arg(args, nargs, hint)) return Value();
  Value lst = make_list(0);
  std::int64_t total = 0;
  while (s->pos < s->buf->size()) {
    Value line = s_line(s, -1);
    total += static_cast<std::int64_t>(as_str(line)->length);
    list_append(lst, line);
    decref(line);
    if (hint > 0 && total >= hint) break;
  }
  return lst;
}
// StringIO.write()
IO_METHOD(s_write) {
  if (!no_kwargs("write", kw) || !check_exact("write", nargs, 1)) return Value();
  StringIO* s = sio(self);
  if (!s_open(s)) return Value();
  if (!is_str(args[0])) return raise_fmt(TypeErrorType, "string argument expected, got '%s'", {type_name(args[0])});
  s_write_text(s, str_view(as_str(args[0])));
  return make_int(static_cast<std::int64_t>(as_str(args[0])->length));
}
// StringIO.writelines()
IO_METHOD(s_writelines) {
  if (!no_kwargs("writelines", kw) || !check_exact("writelines", nargs, 1)) return Value();
  StringIO* s = sio(self);
  if (!s_open(s)) return Value();
  int r = for_each(args[0], [&](Value line) -> int {
    if (!is_str(line)) {
      raise_fmt(TypeErrorType, "string argument expected, got '%s'", {type_name(line)});
      return -1;
    }
    s_write_text(s, str_view(as_str(line)));
    return 0;
  });
  if (r < 0) return Value();
  return newref(None());
}
// StringIO.getvalue()
IO_METHOD(s_getvalue) {
  if (!no_kwargs("getvalue", kw) || !check_exact("getvalue", nargs, 0)) return Value();
  if (!s_open(sio(self))) return Value();
  return make_str(*sio(self)->buf);
}
// StringIO.seek()
IO_METHOD(s_seek) {
  if (!no_kwargs("seek", kw) || !check_args("seek", nargs, 1, 2)) return Value();
  StringIO* s = sio(self);
  std::int64_t pos, whence = 0;
  if (!index_value(args[0], pos) || (nargs > 1 && !index_value(args[1], whence))) return Value();
  if (whence < 0 || whence > 2)
    return raise(ValueErrorType, "Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  if (whence == 0 && pos < 0) return raise(ValueErrorType, "Negative seek position " + std::to_string(pos));
  if (whence == 1 && pos != 0) return raise(OSErrorType, "Can't do nonzero cur-relative seeks");
  if (whence == 2 && pos != 0) return raise(OSErrorType, "Can't do nonzero end-relative seeks");
  if (!s_open(s)) return Value();
  if (whence == 0) s->pos = static_cast<std::size_t>(pos);
  if (whence == 2) s->pos = s->buf->size();
  return make_int(static_cast<std::int64_t>(s->pos));
}
// StringIO.tell()
IO_METHOD(s_tell) {
  if (!no_kwargs("tell", kw) || !check_exact("tell", nargs, 0) || !s_open(sio(self))) return Value();
  return make_int(static_cast<std::int64_t>(sio(self)->pos));
}
// StringIO.truncate()
IO_METHOD(s_truncate) {
  if (!no_kwargs("truncate", kw) || !check_args("truncate", nargs, 0, 1)) return Value();
  StringIO* s = sio(self);
  if (!s_open(s)) return Value();
  std::int64_t size = static_cast<std::int64_t>(s->pos);
  if (nargs && args[0] != None() && !index_value(args[0], size)) return Value();
  if (size < 0) return raise(ValueErrorType, "Negative size value " + std::to_string(size));
  if (static_cast<std::size_t>(size) < s->buf->size()) s->buf->resize(static_cast<std::size_t>(size));
  return make_int(size);
}
// StringIO.close()
IO_METHOD(s_close) {
  if (!no_kwargs("close", kw) || !check_exact("close", nargs, 0)) return Value();
  sio(self)->closed = true;
  return newref(None());
}
// readable()/writable()/seekable(): True while open.
IO_METHOD(s_true) {
  (void)kw;
  (void)nargs;
  if (!s_open(sio(self))) return Value();
  return newref(True());
}
// StringIO.isatty(): False while open.
IO_METHOD(s_false) {
  (void)kw;
  (void)nargs;
  if (!s_open(sio(self))) return Value();
  return newref(False());
}
// StringIO.flush()
IO_METHOD(s_flush) {
  (void)kw;
  (void)nargs;
  if (!s_open(sio(self))) return Value();
  return newref(None());
}
// StringIO.fileno()
IO_METHOD(s_fileno) {
  (void)kw;
  (void)nargs;
  (void)self;
  return raise(unsupported_operation_type(), "fileno");
}
// StringIO.__enter__()
IO_METHOD(s_enter) {
  (void)kw;
  (void)nargs;
  if (!s_open(sio(self))) return Value();
  return newref(self);
}
// StringIO.__exit__()
IO_METHOD(s_exit) {
  (void)kw;
  (void)nargs;
  sio(self)->closed = true;
  return newref(None());
}
// iter(StringIO)
Value s_iter(Value self) {
  if (!s_open(sio(self))) return Value();
  return newref(self);
}
// next(StringIO): the next line; the end stops the iteration.
Value s_next(Value self) {
  StringIO* s = sio(self);
  if (!s_open(s)) return Value();
  if (s->pos >= s->buf->size()) return Value();
  return s_line(s, -1);
}
// The closed attribute of StringIO (getter).
Value s_closed(Value self) { return newref(boolean(sio(self)->closed)); }
// The line_buffering attribute of StringIO (getter).
Value s_line_buffering(Value self) {
  if (!s_open(sio(self))) return Value();
  return newref(False());
}

// ---------------------------------------------------------------- BytesIO
// BytesIO(initial_bytes=b'')
int b_init(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"initial_bytes"};
  Value a[1];
  if (!parse_args("BytesIO", args, nargs, kw, pn, 1, 0, a)) return -1;
  BytesIO* b = bio(self);
  if (!b->buf) b->buf = new std::string();
  b->buf->clear();
  b->pos = 0;
  b->closed = false;
  if (a[0] && a[0] != None()) {
    Value v = a[0];
    if (is_str(v) || (!isinstance_type(v, BytesType) && !isinstance_type(v, ByteArrayType) &&
                      !isinstance_type(v, MemoryViewType))) {
      raise_fmt(TypeErrorType, "a bytes-like object is required, not '%s'", {type_name(v)});
      return -1;
    }
    Value bytes = isinstance_type(v, BytesType) ? newref(v) : call(val(BytesType), &v, 1);
    if (!bytes) return -1;
    auto* bb = static_cast<Bytes*>(bytes.obj());
    b->buf->assign(reinterpret_cast<const char*>(bb->data), bb->length);
    decref(bytes);
  }
  return 0;
}
// BytesIO.__new__
Value b_new(Type* t, const Value*, std::size_t, Tuple*) {
  Value v = alloc_instance(t);
  bio(v)->buf = new std::string();
  return v;
}
// Frees a BytesIO.
void b_dealloc(Object* o) {
  BytesIO* b = static_cast<BytesIO*>(o);
  delete b->buf;
  if (b->dict) decref(val(b->dict));
  free_instance(o);
}
// The bytes of a bytes-like argument; false with TypeError set.
bool bytes_of(Value v, std::string& out) {
  if (is_str(v) || (!isinstance_type(v, BytesType) && !isinstance_type(v, ByteArrayType) &&
                    !isinstance_type(v, MemoryViewType))) {
    raise_fmt(TypeErrorType, "a bytes-like object is required, not '%s'", {type_name(v)});
    return false;
  }
  Value bytes = isinstance_type(v, BytesType) ? newref(v) : call(val(BytesType), &v, 1);
  if (!bytes) return false;
  auto* bb = static_cast<Bytes*>(bytes.obj());
  out.assign(reinterpret_cast<const char*>(bb->data), bb->length);
  decref(bytes);
  return true;
}
// Reads up to n bytes (all when negative).
Value b_take(BytesIO* b, std::int64_t n, bool line) {
  std::size_t start = std::min(b->pos, b->buf->size());
  std::size_t end = b->buf->size();
  if (n >= 0 && start + static_cast<std::size_t>(n) < end) end = start + static_cast<std::size_t>(n);
  if (line) {
    std::size_t nl = b->buf->find('\n', start);
    if (nl != std::string::npos && nl < end) end = nl + 1;
  }
  b->pos = end;
  return make_bytes(std::string_view(*b->buf).substr(start, end - start));
}
// BytesIO.read()
IO_METHOD(b_read) {
  if (!no_kwargs("read", kw) || !check_args("read", nargs, 0, 1)) return Value();
  BytesIO* b = bio(self);
  std::int64_t n;
  if (!b_open(b) || !size_arg(args, nargs, n)) return Value();
  return b_take(b, n, false);
}
// BytesIO.readline()
IO_METHOD(b_readline) {
  if (!no_kwargs("readline", kw) || !check_args("readline", nargs, 0, 1)) return Value();
  BytesIO* b = bio(self);
  std::int64_t n;
  if (!b_open(b) || !size_arg(args, nargs, n)) return Value();
  return b_take(b, n, true);
}
// BytesIO.readlines()
IO_METHOD(b_readlines) {
  if (!no_kwargs("readlines", kw) || !check_args("readlines", nargs, 0, 1)) return Value();
  BytesIO* b = bio(self);
  std::int64_t hint;
  if (!b_open(b) || !size_arg(args, nargs, hint)) return Value();
  Value lst = make_list(0);
  std::int64_t total = 0;
  while (b->pos < b->buf->size()) {
    Value line = b_take(b, -1, true);
    total += static_cast<std::int64_t>(static_cast<Bytes*>(line.obj())->length);
    list_append(lst, line);
    decref(line);
    if (hint > 0 && total >= hint) break;
  }
  return lst;
}
// Writes data at the position (padding with zero bytes past the end).
void b_put(BytesIO* b, const std::string& data) {
  std::string& buf = *b->buf;
  if (b->pos > buf.size()) buf.resize(b->pos, '\0');
  std::size_t over = std::min(data.size(), buf.size() - b->pos);
  buf.replace(b->pos, over, data);
  b->pos += data.size();
}
// BytesIO.write()
IO_METHOD(b_write) {
  if (!no_kwargs("write", kw) || !check_exact("write", nargs, 1)) return Value();
  BytesIO* b = bio(self);
  if (!b_open(b)) return Value();
  std::string data;
  if (!bytes_of(args[0], data)) return Value();
  b_put(b, data);
  return make_int(static_cast<std::int64_t>(data.size()));
}
// BytesIO.writelines()
IO_METHOD(b_writelines) {
  if (!no_kwargs("writelines", kw) || !check_exact("writelines", nargs, 1)) return Value();
  BytesIO* b = bio(self);
  if (!b_open(b)) return Value();
  int r = for_each(args[0], [&](Value line) -> int {
    std::string data;
    if (!bytes_of(line, data)) return -1;
    b_put(b, data);
    return 0;
  });
  if (r < 0) return Value();
  return newref(None());
}
// BytesIO.getvalue()
IO_METHOD(b_getvalue) {
  if (!no_kwargs("getvalue", kw) || !check_exact("getvalue", nargs, 0) || !b_open(bio(self))) return Value();
  return make_bytes(*bio(self)->buf);
}
// BytesIO.seek()
IO_METHOD(b_seek) {
  if (!no_kwargs("seek", kw) || !check_args("seek", nargs, 1, 2)) return Value();
  BytesIO* b = bio(self);
  if (!b_open(b)) return Value();
  std::int64_t pos, whence = 0;
  if (!index_value(args[0], pos) || (nargs > 1 && !index_value(args[1], whence))) return Value();
  if (whence < 0 || whence > 2)
    return raise(ValueErrorType, "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  if (whence == 0 && pos < 0) return raise(ValueErrorType, "negative seek value " + std::to_string(pos));
  if (whence == 1) pos += static_cast<std::int64_t>(b->pos);
  if (whence == 2) pos += static_cast<std::int64_t>(b->buf->size());
  if (pos < 0) pos = 0;
  b->pos = static_cast<std::size_t>(pos);
  return make_int(pos);
}
// BytesIO.tell()
IO_METHOD(b_tell) {
  if (!no_kwargs("tell", kw) || !check_exact("tell", nargs, 0) || !b_open(bio(self))) return Value();
  return make_int(static_cast<std::int64_t>(bio(self)->pos));
}
// BytesIO.truncate()
IO_METHOD(b_truncate) {
  if (!no_kwargs("truncate", kw) || !check_args("truncate", nargs, 0, 1)) return Value();
  BytesIO* b = bio(self);
  if (!b_open(b)) return Value();
  std::int64_t size = static_cast<std::int64_t>(b->pos);
  if (nargs && args[0] != None() && !index_value(args[0], size)) return Value();
  if (size < 0) return raise(ValueErrorType, "negative size value " + std::to_string(size));
  if (static_cast<std::size_t>(size) < b->buf->size()) b->buf->resize(static_cast<std::size_t>(size));
  return make_int(size);
}
// BytesIO.close()
IO_METHOD(b_close) {
  if (!no_kwargs("close", kw) || !check_exact("close", nargs, 0)) return Value();
  bio(self)->closed = true;
  return newref(None());
}
// BytesIO.readable() / writable() / seekable(): True while open.
IO_METHOD(b_true) {
  (void)kw;
  (void)nargs;
  if (!b_open(bio(self))) return Value();
  return newref(True());
}
// BytesIO.isatty(): False while open.
IO_METHOD(b_false) {
  (void)kw;
  (void)nargs;
  if (!b_open(bio(self))) return Value();
  return newref(False());
}
// BytesIO.flush()
IO_METHOD(b_flush) {
  (void)kw;
  (void)nargs;
  if (!b_open(bio(self))) return Value();
  return newref(None());
}
// BytesIO.__enter__()
IO_METHOD(b_enter) {
  (void)kw;
  (void)nargs;
  if (!b_open(bio(self))) return Value();
  return newref(self);
}
// BytesIO.__exit__()
IO_METHOD(b_exit) {
  (void)kw;
  (void)nargs;
  bio(self)->closed = true;
  return newref(None());
}
// iter(BytesIO)
Value b_iter(Value self) {
  if (!b_open(bio(self))) return Value();
  return newref(self);
}
// next(BytesIO): the next line; the end stops the iteration.
Value b_next(Value self) {
  BytesIO* b = bio(self);
  if (!b_open(b)) return Value();
  if (b->pos >= b->buf->size()) return Value();
  return b_take(b, -1, true);
}
// The closed attribute of BytesIO (getter).
Value b_closed(Value self) { return newref(boolean(bio(self)->closed)); }

// Readies both types once.
void init_types() {
  static bool done = false;
  if (done) return;
  done = true;
  Type* t = &g_stringio;
  type_init(t, "StringIO", io_base_type(3), sizeof(StringIO), TF_BASETYPE | TF_GC);
  t->module = "_io";
  t->dict_offset = member_offset(&StringIO::dict);
  t->new_fn = s_new;
  t->init = s_init;
  t->dealloc = s_dealloc;
  t->iter = s_iter;
  t->next = s_next;
  add_method(t, "read", s_read);
  add_method(t, "readline", s_readline);
  add_method(t, "readlines", s_readlines);
  add_method(t, "write", s_write);
  add_method(t, "writelines", s_writelines);
  add_method(t, "getvalue", s_getvalue);
  add_method(t, "seek", s_seek);
  add_method(t, "tell", s_tell);
  add_method(t, "truncate", s_truncate);
  add_method(t, "close", s_close);
  add_method(t, "readable", s_true);
  add_method(t, "writable", s_true);
  add_method(t, "seekable", s_true);
  add_method(t, "isatty", s_false);
  add_method(t, "flush", s_flush);
  add_method(t, "fileno", s_fileno);
  add_method(t, "__enter__", s_enter);
  add_method(t, "__exit__", s_exit);
  add_getset(t, "closed", s_closed);
  add_getset(t, "line_buffering", s_line_buffering);
  add_getset(t, "__dict__", native_get_dict, native_set_dict);
  type_ready(t);

  t = &g_bytesio;
  type_init(t, "BytesIO", io_base_type(2), sizeof(BytesIO), TF_BASETYPE | TF_GC);
  t->module = "_io";
  t->dict_offset = member_offset(&BytesIO::dict);
  t->new_fn = b_new;
  t->init = b_init;
  t->dealloc = b_dealloc;
  t->iter = b_iter;
  t->next = b_next;
  add_method(t, "read", b_read);
  add_method(t, "read1", b_read);
  add_method(t, "readline", b_readline);
  add_method(t, "readlines", b_readlines);
  add_method(t, "write", b_write);
  add_method(t, "writelines", b_writelines);
  add_method(t, "getvalue", b_getvalue);
  add_method(t, "seek", b_seek);
  add_method(t, "tell", b_tell);
  add_method(t, "truncate", b_truncate);
  add_method(t, "close", b_close);
  add_method(t, "readable", b_true);
  add_method(t, "writable", b_true);
  add_method(t, "seekable", b_true);
  add_method(t, "isatty", b_false);
  add_method(t, "flush", b_flush);
  add_method(t, "fileno", s_fileno);
  add_method(t, "__enter__", b_enter);
  add_method(t, "__exit__", b_exit);
  add_getset(t, "closed", b_closed);
  add_getset(t, "__dict__", native_get_dict, native_set_dict);
  type_ready(t);
}

}  // namespace

// io.StringIO, readied on first use.
Type* stringio_type() {
  init_types();
  return &g_stringio;
}
// io.BytesIO, readied on first use.
Type* bytesio_type() {
  init_types();
  return &g_bytesio;
}

}  // namespace peppy::vm
