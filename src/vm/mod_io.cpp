// mod_io.cpp: the io module (built into the VM) and the `open` built-in: file objects
// over file descriptors (TextIOWrapper for text, BufferedReader/BufferedWriter/
// BufferedRandom for binary: buffered reads and writes, UTF-8, universal newlines,
// seek/tell/truncate, iteration, context management, closed and flushed when the last
// reference goes), io.UnsupportedOperation, and the in-memory streams StringIO and
// BytesIO (mod_iomem.cpp), with CPython's reprs and messages.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <unordered_set>

#include "objects/core.hpp"
#include "unicode/codecs.hpp"
#include "vm/mod_support.hpp"
#include "vm/modules.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

constexpr std::size_t kChunk = 65536;
constexpr std::size_t kTextChunk = 8192;

// How a text file treats newlines (the newline argument of open).
enum class Newline { Universal, Untranslated, LF, CR, CRLF };

struct File : Object {
  int fd;
  bool readable, writable, appending, binary, closed, closefd, seekable;
  Newline newline;
  Value name;          // owned: the file argument as given
  Value mode;          // owned str: the mode shown by .mode
  Value encoding;      // owned str (text files)
  Value errors;        // owned str: the codec error handler (text files)
  bool utf8;           // the encoding is UTF-8 (else a single-byte codec)
  std::string* rbuf;   // raw bytes read ahead (owned)
  std::size_t rpos;    // consumed part of rbuf
  std::string* wbuf;   // raw bytes waiting to be written (owned)
  bool eof;            // the last read hit the end
};
Type g_text, g_breader, g_bwriter, g_brandom, g_unsupported;
Type g_iobases[4];  // io.IOBase, RawIOBase, BufferedIOBase, TextIOBase
std::unordered_set<File*>* g_open_files;  // files not yet closed (flushed at exit)

// The file object behind a value.
File* as_file(Value v) { return static_cast<File*>(v.obj()); }

// Raises io.UnsupportedOperation(msg).
Value raise_unsupported(const std::string& msg) { return raise(&g_unsupported, msg); }
// ValueError for operations on a closed file; false when f is closed.
bool check_open(File* f) {
  if (f->closed) {
    raise(ValueErrorType, "I/O operation on closed file.");
    return false;
  }
  return true;
}
// Writes out f's write buffer; false with OSError set on failure.
bool flush_raw(File* f) {
  std::string& w = *f->wbuf;
  std::size_t done = 0;
  while (done < w.size()) {
    ssize_t n = ::write(f->fd, w.data() + done, w.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      w.clear();
      raise_os_error(e, Value());
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  w.clear();
  return true;
}
// Gives back the read-ahead bytes (moves the descriptor back) before writing or seeking.
void drop_readahead(File* f) {
  std::size_t left = f->rbuf->size() - f->rpos;
  if (left && f->seekable) ::lseek(f->fd, -static_cast<off_t>(left), SEEK_CUR);
  f->rbuf->clear();
  f->rpos = 0;
  f->eof = false;
}
// Reads another chunk into the read buffer; false at the end of the file (or on error,
// with OSError set: check has_error()).
bool fill(File* f) {
  if (f->rpos > 0) {
    f->rbuf->erase(0, f->rpos);
    f->rpos = 0;
  }
  char buf[kChunk];
  // Text files pull 8192-byte chunks as CPython's TextIOWrapper does (which decides where
  // a write after a read lands).
  std::size_t want = f->binary ? sizeof buf : kTextChunk;
  for (;;) {
    ssize_t n = ::read(f->fd, buf, want);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      raise_os_error(errno, Value());
      return false;
    }
    if (n == 0) {
      f->eof = true;
      return false;
    }
    f->rbuf->append(buf, static_cast<std::size_t>(n));
    return true;
  }
}
// Prepares f for reading: open, readable, nothing pending to write.
bool start_read(File* f) {
  if (!check_open(f)) return false;
  if (!f->readable) {
    raise_unsupported(f->binary ? "read" : "not readable");
    return false;
  }
  if (!f->wbuf->empty() && !flush_raw(f)) return false;
  return true;
}
// Prepares f for writing.
bool start_write(File* f) {
  if (!check_open(f)) return false;
  if (!f->writable) {
    raise_unsupported(f->binary ? "write" : "not writable");
    return false;
  }
  if (!f->rbuf->empty()) {
    if (f->binary) {
      drop_readahead(f);  // a buffered binary file writes where it logically is
    } else {
      f->rbuf->clear();  // a text file's decoder has consumed whole chunks: it writes after them
      f->rpos = 0;
      f->eof = false;
    }
  }
  return true;
}
// Closes f: flushes, closes the descriptor. False with an error set if flushing failed.
bool close_file(File* f) {
  if (f->closed) return true;
  bool ok = f->writable ? flush_raw(f) : true;
  f->closed = true;
  if (g_open_files) g_open_files->erase(f);
  if (f->closefd) ::close(f->fd);
  return ok;
}
// Flushes every open file (at exit).
void flush_all_files() {
  if (!g_open_files) return;
  for (File* f : *g_open_files)
    if (f->writable && !f->closed) {
      flush_raw(f);
      if (has_error()) clear_error();
    }
}

// ---- text decoding from the read buffer
// Byte length of the UTF-8 sequence starting with lead byte c.
std::size_t utf8_len(unsigned char c) { return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1; }

// Reads up to max_chars characters (all when negative), stopping after a line end when
// `line`; returns UTF-8 text with newlines translated as f's mode asks. ok false on error.
std::string take_text(File* f, std::int64_t max_chars, bool line, bool& ok) {
  std::string out;
  std::int64_t chars = 0;
  ok = true;
  std::string& b = *f->rbuf;
  while (max_chars < 0 || chars < max_chars) {
    if (f->rpos >= b.size() && !fill(f)) break;
    unsigned char c = static_cast<unsigned char>(b[f->rpos]);
    if (c == '\r' && f->newline != Newline::LF) {
      if (f->rpos + 1 >= b.size() && !f->eof) fill(f);
      if (has_error()) {
        ok = false;
        return out;
      }
      bool crlf = f->rpos + 1 < b.size() && b[f->rpos + 1] == '\n';
      if (f->newline == Newline::Universal) {
        f->rpos += crlf ? 2 : 1;
        out += '\n';
        ++chars;
        if (line) break;
        continue;
      }
      if (f->newline == Newline::Untranslated || f->newline == Newline::CRLF) {
        if (crlf && (max_chars < 0 || chars + 2 <= max_chars || f->newline == Newline::Untranslated)) {
          out += "\r\n";
          f->rpos += 2;
          chars += 2;
          if (line) break;
          continue;
        }
        ++f->rpos;
        out += '\r';
        ++chars;
        if (line && f->newline == Newline::Untranslated) break;
        continue;
      }
      // Newline::CR
      ++f->rpos;
      out += '\r';
      ++chars;
      if (line) break;
      continue;
    }
    std::size_t n = f->utf8 ? utf8_len(c) : 1;
    while (f->rpos + n > b.size() && !f->eof && fill(f)) {
    }
    if (has_error()) {
      ok = false;
      return out;
    }
    if (f->rpos + n > b.size()) n = b.size() - f->rpos;
    out.append(b, f->rpos, n);
    f->rpos += n;
    ++chars;
    if (line && c == '\n' && f->newline != Newline::CR && f->newline != Newline::CRLF) break;
  }
  if (has_error()) ok = false;
  return out;
}
// A str from the bytes take_text gathered, decoded with the file's codec (CPython's
// UnicodeDecodeError when they are not valid).
Value decode_text(File* f, const std::string& raw) {
  bool ascii = true;
  for (char c : raw)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return make_str_ascii(raw);
  Value b = make_bytes(raw);
  Value a[2] = {f->encoding, f->errors};
  Value r = call_method(b, intern("decode"), a, 2);
  decref(b);
  return r;
}
// Reads up to n bytes (all when negative), stopping after b'\n' when `line`.
std::string take_bytes(File* f, std::int64_t n, bool line, bool& ok) {
  std::string out;
  ok = true;
  std::string& b = *f->rbuf;
  for (;;) {
    if (f->rpos >= b.size() && !fill(f)) break;
    std::size_t avail = b.size() - f->rpos;
    std::size_t want = n < 0 ? avail : std::min<std::size_t>(avail, static_cast<std::size_t>(n) - out.size());
    if (line) {
      std::size_t nl = b.find('\n', f->rpos);
      if (nl != std::string::npos && nl - f->rpos + 1 <= want) {
        want = nl - f->rpos + 1;
        out.append(b, f->rpos, want);
        f->rpos += want;
        break;
      }
    }
    out.append(b, f->rpos, want);
    f->rpos += want;
    if (n >= 0 && out.size() >= static_cast<std::size_t>(n)) break;
  }
  if (has_error()) ok = false;
  return out;
}
// Reads a line (text or bytes) as a new Value; size < 0: no limit.
Value read_line(File* f, std::int64_t size) {
  bool ok;
  if (f->binary) {
    std::string s = take_bytes(f, size, true, ok);
    return ok ? make_bytes(s) : Value();
  }
  std::string s = take_text(f, size, true, ok);
  return ok ? decode_text(f, s) : Value();
}
// An optional size argument (None or missing: -1).
bool size_arg(const char* fname, const Value* args, std::size_t nargs, std::int64_t& out) {
  out = -1;
  if (nargs == 0 || args[0] == None()) return true;
  if (!is_int(args[0]) && !type_of(args[0])->index) {
    raise_fmt(TypeErrorType, "argument should be integer or None, not '%s'", {type_name(args[0])});
    return false;
  }
  (void)fname;
  return index_value(args[0], out);
}

// ---- methods
#define FILE_METHOD(fn) Value fn(Value self, [[maybe_unused]] const Value* args, std::size_t nargs, Tuple* kw)

// file.read()
FILE_METHOD(f_read) {
  if (!no_kwargs("read", kw) || !check_args("read", nargs, 0, 1)) return Value();
  File* f = as_file(self);
  std::int64_t n;
  if (!size_arg("read", args, nargs, n) || !start_read(f)) return Value();
  bool ok;
  if (f->binary) {
    std::string s = take_bytes(f, n, false, ok);
    return ok ? make_bytes(s) : Value();
  }
  std::string s = take_text(f, n, false, ok);
  return ok ? decode_text(f, s) : Value();
}
// file.readline()
FILE_METHOD(f_readline) {
  if (!no_kwargs("readline", kw) || !check_args("readline", nargs, 0, 1)) return Value();
  File* f = as_file(self);
  std::int64_t n;
  if (!size_arg("readline", args, nargs, n) || !start_read(f)) return Value();
  return read_line(f, n);
}
// file.readlines()
FILE_METHOD(f_readlines) {
  if (!no_kwargs("readlines", kw) || !check_args("readlines", nargs, 0, 1)) return Value();
  File* f = as_file(self);
  std::int64_t hint;
  if (!size_arg("readlines", args, nargs, hint) || !start_read(f)) return Value();
  Value lst = make_list(0);
  std::int64_t total = 0;
  for (;;) {
    Value line = read_line(f, -1);
    if (!line) {
      decref(lst);
      return line;
    }
    std::int64_t n = length(line);
    if (n == 0) {
      decref(line);
      break;
    }
    list_append(lst, line);
    decref(line);
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return lst;
}
// next(f): the next line; the end of the file stops the iteration.
Value f_next(Value self) {
  File* f = as_file(self);
  if (!start_read(f)) return Value();
  Value line = read_line(f, -1);
  if (!line) return line;
  if (length(line) == 0) {
    decref(line);
    return Value();
  }
  return line;
}
// iter(f): f itself (after checking it is open).
Value f_iter(Value self) {
  if (!check_open(as_file(self))) return Value();
  return newref(self);
}
// The bytes of a bytes-like argument; false with TypeError set.
bool bytes_arg(Value v, std::string& out) {
  if (is_str(v) || (!isinstance_type(v, BytesType) && !isinstance_type(v, ByteArrayType) &&
                    !isinstance_type(v, MemoryViewType))) {
    raise_fmt(TypeErrorType, "a bytes-like object is required, not '%s'", {type_name(v)});
    return false;
  }
  if (isinstance_type(v, BytesType)) {
    auto* b = static_cast<Bytes*>(v.obj());
    out.assign(reinterpret_cast<const char*>(b->data), b->length);
    return true;
  }
  Value b = call(val(BytesType), &v, 1);
  if (!b) return false;
  out.assign(reinterpret_cast<const char*>(static_cast<Bytes*>(b.obj())->data), static_cast<Bytes*>(b.obj())->length);
  decref(b);
  return true;
}
// Writes a str (text files) or bytes-like (binary) value; returns the count.
Value write_value(File* f, Value v) {
  if (f->binary) {
    std::string data;
    if (!bytes_arg(v, data) || !start_write(f)) return Value();
    f->wbuf->append(data);
    if (f->wbuf->size() >= kChunk && !flush_raw(f)) return Value();
    return make_int(static_cast<std::int64_t>(data.size()));
  }
  if (!is_str(v)) return raise_fmt(TypeErrorType, "write() argument must be str, not %s", {type_name(v)});
  if (!start_write(f)) return Value();
  Ref encoded;
  bool ascii = true;
  for (char32_t c : str_view(as_str(v)))
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (!ascii && (!f->utf8 || str_utf8_ref(as_str(f->errors)) != "strict")) {
    Value a[2] = {f->encoding, f->errors};
    encoded = Ref(call_method(v, intern("encode"), a, 2));
    if (!encoded) return Value();
  }
  const std::string text =
      encoded ? std::string(reinterpret_cast<const char*>(static_cast<Bytes*>(encoded.get().obj())->data),
                            static_cast<Bytes*>(encoded.get().obj())->length)
              : str_utf8_ref(as_str(v));
  if (f->newline == Newline::CR || f->newline == Newline::CRLF) {
    const char* nl = f->newline == Newline::CR ? "\r" : "\r\n";
    for (char c : text) {
      if (c == '\n')
        f->wbuf->append(nl);
      else
        f->wbuf->push_back(c);
    }
  } else {
    f->wbuf->append(text);
  }
  if (f->wbuf->size() >= kChunk && !flush_raw(f)) return Value();
  return make_int(static_cast<std::int64_t>(as_str(v)->length));
}
// file.write()
FILE_METHOD(f_write) {
  if (!no_kwargs("write", kw) || !check_exact("write", nargs, 1)) return Value();
  return write_value(as_file(self), args[0]);
}
// file.writelines()
FILE_METHOD(f_writelines) {
  if (!no_kwargs("writelines", kw) || !check_exact("writelines", nargs, 1)) return Value();
  File* f = as_file(self);
  if (!check_open(f)) return Value();
  int r = for_each(args[0], [&](Value line) -> int {
    Value n = write_value(f, line);
    if (!n) return -1;
    decref(n);
    return 0;
  });
  if (r < 0) return Value();
  return newref(None());
}
// file.flush()
FILE_METHOD(f_flush) {
  if (!no_kwargs("flush", kw) || !check_exact("flush", nargs, 0)) return Value();
  File* f = as_file(self);
  if (!check_open(f)) return Value();
  if (!flush_raw(f)) return Value();
  return newref(None());
}
// file.close()
FILE_METHOD(f_close) {
  if (!no_kwargs("close", kw) || !check_exact("close", nargs, 0)) return Value();
  if (!close_file(as_file(self))) return Value();
  return newref(None());
}
// The current position (bytes) as the file sees it.
bool position(File* f, std::int64_t& out) {
  off_t p = ::lseek(f->fd, 0, SEEK_CUR);
  if (p < 0) {
    raise_os_error(errno, Value());
    return false;
  }
  out = static_cast<std::int64_t>(p) + static_cast<std::int64_t>(f->wbuf->size()) -
        static_cast<std::int64_t>(f->rbuf->size() - f->rpos);
  return true;
}
// file.tell()
FILE_METHOD(f_tell) {
  if (!no_kwargs("tell", kw) || !check_exact("tell", nargs, 0)) return Value();
  File* f = as_file(self);
  if (!check_open(f)) return Value();
  if (f->appending && !f->wbuf->empty() && !flush_raw(f)) return Value();
  std::int64_t p;
  if (!position(f, p)) return Value();
  return make_int(p);
}
// file.seek()
FILE_METHOD(f_seek) {
  if (!no_kwargs("seek", kw) || !check_args("seek", nargs, 1, 2)) return Value();
  File* f = as_file(self);
  if (!check_open(f)) return Value();
  std::int64_t off, whence = 0;
  if (!is_int(args[0]) && !type_of(args[0])->index)
    return raise_fmt(TypeErrorType, "'%s' object cannot be interpreted as an integer", {type_name(args[0])});
  if (!index_value(args[0], off)) return Value();
  if (nargs > 1 && !index_value(args[1], whence)) return Value();
  if (whence < 0 || whence > 2) {
    if (f->binary) return raise(ValueErrorType, "whence value " + std::to_string(whence) + " unsupported");
    return raise(ValueErrorType, "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (!f->binary) {
    if (whence == 1 && off != 0) return raise_unsupported("can't do nonzero cur-relative seeks");
    if (whence == 2 && off != 0) return raise_unsupported("can't do nonzero end-relative seeks");
    if (whence == 0 && off < 0) return raise(ValueErrorType, "negative seek position " + std::to_string(off));
  }
  if (!flush_raw(f)) return Value();
  if (whence == 1) {
    std::int64_t p;
    if (!position(f, p)) return Value();
    off += p;
    whence = 0;
  }
  f->rbuf->clear();
  f->rpos = 0;
  f->eof = false;
  off_t r = ::lseek(f->fd, static_cast<off_t>(off), whence == 0 ? SEEK_SET : SEEK_END);
  if (r < 0) return raise_os_error(errno, Value());
  return make_int(static_cast<std::int64_t>(r));
}
// file.truncate()
FILE_METHOD(f_truncate) {
  if (!no_kwargs("truncate", kw) || !check_args("truncate", nargs, 0, 1)) return Value();
  File* f = as_file(self);
  if (!check_open(f)) return Value();
  if (!f->writable) return raise_unsupported("truncate");
  if (!flush_raw(f)) return Value();
  std::int64_t size;
  if (nargs && args[0] != None()) {
    if (!index_value(args[0], size)) return Value();
  } else if (!position(f, size)) {
    return Value();
  }
  drop_readahead(f);
  if (::ftruncate(f->fd, static_cast<off_t>(size)) < 0) return raise_os_error(errno, Value());
  return make_int(size);
}
// file.readable()
FILE_METHOD(f_readable) {
  if (!no_kwargs("readable", kw) || !check_exact("readable", nargs, 0) || !check_open(as_file(self))) return Value();
  return newref(boolean(as_file(self)->readable));
}
// file.writable()
FILE_METHOD(f_writable) {
  if (!no_kwargs("writable", kw) || !check_exact("writable", nargs, 0) || !check_open(as_file(self))) return Value();
  return newref(boolean(as_file(self)->writable));
}
// file.seekable()
FILE_METHOD(f_seekable) {
  if (!no_kwargs("seekable", kw) || !check_exact("seekable", nargs, 0) || !check_open(as_file(self))) return Value();
  return newref(boolean(as_file(self)->seekable));
}
// file.fileno()
FILE_METHOD(f_fileno) {
  if (!no_kwargs("fileno", kw) || !check_exact("fileno", nargs, 0) || !check_open(as_file(self))) return Value();
  return make_int(as_file(self)->fd);
}
// file.isatty()
FILE_METHOD(f_isatty) {
  if (!no_kwargs("isatty", kw) || !check_exact("isatty", nargs, 0) || !check_open(as_file(self))) return Value();
  return newref(boolean(::isatty(as_file(self)->fd) != 0));
}
// file.__enter__()
FILE_METHOD(f_enter) {
  if (!no_kwargs("__enter__", kw) || !check_exact("__enter__", nargs, 0) || !check_open(as_file(self))) return Value();
  return newref(self);
}
// file.__exit__()
FILE_METHOD(f_exit) {
  (void)kw;
  (void)nargs;
  if (!close_file(as_file(self))) return Value();
  return newref(None());
}
// The closed attribute of file objects (getter).
Value f_closed(Value self) { return newref(boolean(as_file(self)->closed)); }
// The name attribute of file objects (getter).
Value f_name(Value self) { return newref(as_file(self)->name); }
// The mode attribute of file objects (getter).
Value f_mode(Value self) { return newref(as_file(self)->mode); }
// The encoding attribute of text files (getter).
Value f_encoding(Value self) { return newref(as_file(self)->encoding); }
// The errors attribute of text files (getter).
Value f_errors(Value self) { return newref(as_file(self)->errors); }
// The newlines attribute of text files (getter): not tracked, None.
Value f_newlines(Value) { return newref(None()); }

// repr: "<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>" / "<_io.BufferedReader name='x'>"
Value f_repr(Value self) {
  File* f = as_file(self);
  Value n = repr(f->name);
  if (!n) return n;
  std::string out = "<_io." + type_name(self) + " name=" + str_utf8_ref(as_str(n));
  decref(n);
  if (!f->binary) {
    Value m = repr(f->mode), e = repr(f->encoding);
    out += " mode=" + str_utf8_ref(as_str(m)) + " encoding=" + str_utf8_ref(as_str(e));
    decref(m);
    decref(e);
  }
  return make_str_utf8(out + ">");
}
// Frees a file object: flushed and closed first.
void f_dealloc(Object* o) {
  File* f = static_cast<File*>(o);
  Value saved = take_error();
  close_file(f);
  if (has_error()) clear_error();
  if (saved) {
    set_error(saved);
    decref(saved);
  }
  decref(f->name);
  decref(f->mode);
  xdecref(f->encoding);
  xdecref(f->errors);
  delete f->rbuf;
  delete f->wbuf;
  free_instance(o);
}

// ---- open
// Parses a newline argument; false with ValueError/TypeError set.
bool parse_newline(Value v, Newline& out) {
  if (!v || v == None()) {
    out = Newline::Universal;
    return true;
  }
  if (!is_str(v)) {
    raise_fmt(TypeErrorType, "TextIOWrapper() argument 'newline' must be str or None, not %s", {type_name(v)});
    return false;
  }
  const std::string& s = str_utf8_ref(as_str(v));
  if (s.empty())
    out = Newline::Untranslated;
  else if (s == "\n")
    out = Newline::LF;
  else if (s == "\r")
    out = Newline::CR;
  else if (s == "\r\n")
    out = Newline::CRLF;
  else {
    raise(ValueErrorType, "illegal newline value: " + s);
    return false;
  }
  return true;
}

}  // namespace

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
// opener=None): a text or binary file object (io.open is the same function).
Value io_open(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  static const char* const pn[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
  Value a[8];
  if (!parse_args("open", args, nargs, kw, pn, 8, 1, a)) return Value();
  Value file = a[0];
  if (a[1] && !is_str(a[1])) return raise_fmt(TypeErrorType, "open() argument 'mode' must be str, not %s", {type_name(a[1])});
  std::string mode = a[1] ? str_utf8(as_str(a[1])) : "r";
  std::int64_t buffering = -1;
  if (a[2] && !index_value(a[2], buffering)) return Value();
  for (int i = 3; i <= 5; ++i)
    if (a[i] && a[i] != None() && !is_str(a[i]))
      return raise_fmt(TypeErrorType, "open() argument '%s' must be str or None, not %s", {pn[i], type_name(a[i])});
  bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false,
       binary = false;
  std::string seen;
  for (char c : mode) {
    bool bad = seen.find(c) != std::string::npos;
    seen += c;
    switch (c) {
      case 'x': creating = true; break;
      case 'r': reading = true; break;
      case 'w': writing = true; break;
      case 'a': appending = true; break;
      case '+': updating = true; break;
      case 't': text = true; break;
      case 'b': binary = true; break;
      default: bad = true;
    }
    if (bad) return raise(ValueErrorType, "invalid mode: '" + mode + "'");
  }
  if (text && binary) return raise(ValueErrorType, "can't have text and binary mode at once");
  if (creating + reading + writing + appending != 1)
    return raise(ValueErrorType, "must have exactly one of create/read/write/append mode");
  if (binary && a[3] && a[3] != None()) return raise(ValueErrorType, "binary mode doesn't take an encoding argument");
  if (binary && a[4] && a[4] != None()) return raise(ValueErrorType, "binary mode doesn't take an errors argument");
  if (binary && a[5] && a[5] != None()) return raise(ValueErrorType, "binary mode doesn't take a newline argument");
  if (!binary && buffering == 0) return raise(ValueErrorType, "can't have unbuffered text I/O");
  // The file: a path (str or bytes) or a descriptor.
  int fd = -1;
  bool closefd = true;
  if (a[6]) {
    int t = is_true(a[6]);
    if (t < 0) return Value();
    closefd = t;
  }
  std::string path;
  if (is_int(file)) {
    std::int64_t n;
    if (!index_value(file, n)) return Value();
    if (n < 0) return raise(ValueErrorType, "negative file descriptor");
    if (n > INT32_MAX) return raise(OverflowErrorType, "fd is greater than maximum");
    fd = static_cast<int>(n);
    struct stat st;
    if (::fstat(fd, &st) < 0) return raise_os_error(errno, Value());
  } else if (is_str(file)) {
    path = str_utf8(as_str(file));
    if (path.find('\0') != std::string::npos) return raise(ValueErrorType, "embedded null byte");
  } else if (isinstance_type(file, BytesType)) {
    auto* b = static_cast<Bytes*>(file.obj());
    path.assign(reinterpret_cast<const char*>(b->data), b->length);
  } else {
    return raise_fmt(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", {type_name(file)});
  }
  if (!closefd && fd < 0) return raise(ValueErrorType, "Cannot use closefd=False with file name");
  Newline nl = Newline::Universal;
  if (!binary && !parse_newline(a[5], nl)) return Value();
  bool utf8 = true;
  if (!binary && a[3] && a[3] != None()) {
    const std::string enc = str_utf8(as_str(a[3]));
    auto codec = unicode::lookup_codec(enc);
    if (!codec) return raise(LookupErrorType, "unknown encoding: " + enc);
    using unicode::CodecKind;
    if (codec->kind == CodecKind::utf_8 || codec->kind == CodecKind::utf_8_sig)
      utf8 = true;
    else if (codec->kind == CodecKind::ascii || codec->kind == CodecKind::latin_1 || codec->kind == CodecKind::charmap)
      utf8 = false;
    else
      return raise(LookupErrorType, "'" + enc + "' is not a text encoding supported by peppy's files");
  }
  if (fd < 0) {
    int flags = O_CLOEXEC;
    if (updating)
      flags |= O_RDWR;
    else if (reading)
      flags |= O_RDONLY;
    else
      flags |= O_WRONLY;
    if (creating) flags |= O_CREAT | O_EXCL;
    if (writing) flags |= O_CREAT | O_TRUNC;
    if (appending) flags |= O_CREAT | O_APPEND;
    do {
      fd = ::open(path.c_str(), flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return raise_os_error(errno, file);
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      return raise_os_error(EISDIR, file);
    }
    if (appending) ::lseek(fd, 0, SEEK_END);
  }
  Type* t = !binary ? &g_text : updating ? &g_brandom : reading ? &g_breader : &g_bwriter;
  Value v = alloc_instance(t);
  File* f = as_file(v);
  f->fd = fd;
  f->readable = reading || updating;
  f->writable = !reading || updating;
  f->appending = appending;
  f->binary = binary;
  f->closefd = closefd;
  f->seekable = ::lseek(fd, 0, SEEK_CUR) >= 0;
  f->newline = nl;
  f->name = newref(file);
  if (binary) {
    std::string m = creating ? "xb" : appending ? "ab" : updating ? "rb" : reading ? "rb" : "wb";
    if (updating) m += "+";
    f->mode = make_str_utf8(m);
  } else {
    f->mode = make_str_utf8(mode);
  }
  f->encoding = a[3] && a[3] != None() ? newref(a[3]) : make_str_ascii("UTF-8");
  f->errors = a[4] && a[4] != None() ? newref(a[4]) : make_str_ascii("strict");
  f->utf8 = utf8;
  f->rbuf = new std::string();
  f->wbuf = new std::string();
  if (!g_open_files) {
    g_open_files = new std::unordered_set<File*>();
    std::atexit(flush_all_files);
  }
  g_open_files->insert(f);
  return v;
}

namespace {

// Readies the file types once.
void init_file_types() {
  static bool done = false;
  if (done) return;
  done = true;
  for (auto [t, name] : {std::pair{&g_text, "TextIOWrapper"}, {&g_breader, "BufferedReader"},
                         {&g_bwriter, "BufferedWriter"}, {&g_brandom, "BufferedRandom"}}) {
    type_init(t, name, io_base_type(t == &g_text ? 3 : 2), sizeof(File), 0);
    t->module = "_io";
    t->new_fn = no_new;
    t->dealloc = f_dealloc;
    t->repr = f_repr;
    t->iter = f_iter;
    t->next = f_next;
    add_method(t, "read", f_read);
    add_method(t, "readline", f_readline);
    add_method(t, "readlines", f_readlines);
    add_method(t, "write", f_write);
    add_method(t, "writelines", f_writelines);
    add_method(t, "flush", f_flush);
    add_method(t, "close", f_close);
    add_method(t, "seek", f_seek);
    add_method(t, "tell", f_tell);
    add_method(t, "truncate", f_truncate);
    add_method(t, "readable", f_readable);
    add_method(t, "writable", f_writable);
    add_method(t, "seekable", f_seekable);
    add_method(t, "fileno", f_fileno);
    add_method(t, "isatty", f_isatty);
    add_method(t, "__enter__", f_enter);
    add_method(t, "__exit__", f_exit);
    add_getset(t, "closed", f_closed);
    add_getset(t, "name", f_name);
    add_getset(t, "mode", f_mode);
    if (t == &g_text) {
      add_getset(t, "encoding", f_encoding);
      add_getset(t, "errors", f_errors);
      add_getset(t, "newlines", f_newlines);
    }
    type_ready(t);
  }
  // io.UnsupportedOperation(OSError, ValueError)
  Type* u = &g_unsupported;
  type_init(u, "UnsupportedOperation", OSErrorType, OSErrorType->basic_size, TF_BASETYPE | TF_GC);
  u->module = "io";
  type_ready(u);
  Tuple* om = type_mro(OSErrorType);
  Value mro = make_tuple(om->length + 2);
  as_tuple(mro)->items[0] = newref(val(u));
  std::size_t j = 1;
  for (std::size_t i = 0; i < om->length; ++i) {
    if (om->items[i] == val(ExceptionType)) as_tuple(mro)->items[j++] = newref(val(ValueErrorType));
    as_tuple(mro)->items[j++] = newref(om->items[i]);
  }
  Value old_mro = val(u->mro), old_bases = val(u->bases);
  u->mro = as_tuple(mro);
  u->bases = as_tuple(tuple_pack({val(OSErrorType), val(ValueErrorType)}));
  decref(old_mro);
  decref(old_bases);
  type_modified(u);
}

}  // namespace

// See mod_support.hpp: the io base classes (no behaviour of their own here; they give
// isinstance(f, io.IOBase) / io.TextIOBase / io.BufferedIOBase their answers).
Type* io_base_type(int which) {
  static bool done = false;
  if (!done) {
    done = true;
    static const char* const names_[] = {"IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"};
    for (int i = 0; i < 4; ++i) {
      Type* t = &g_iobases[i];
      type_init(t, names_[i], i == 0 ? ObjectType : &g_iobases[0], sizeof(Object), TF_BASETYPE);
      t->module = "io";
      type_ready(t);
    }
  }
  return &g_iobases[which];
}

// The io module.
Value make_io_module() {
  init_file_types();
  Value mod = new_module("io");
  module_put_fn(mod, "open", io_open);
  module_put(mod, "TextIOWrapper", newref(val(&g_text)));
  module_put(mod, "BufferedReader", newref(val(&g_breader)));
  module_put(mod, "BufferedWriter", newref(val(&g_bwriter)));
  module_put(mod, "BufferedRandom", newref(val(&g_brandom)));
  module_put(mod, "UnsupportedOperation", newref(val(&g_unsupported)));
  module_put(mod, "StringIO", newref(val(stringio_type())));
  module_put(mod, "BytesIO", newref(val(bytesio_type())));
  static const char* const base_names[] = {"IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"};
  for (int i = 0; i < 4; ++i) module_put(mod, base_names[i], newref(val(io_base_type(i))));
  module_put(mod, "SEEK_SET", make_int(0));
  module_put(mod, "SEEK_CUR", make_int(1));
  module_put(mod, "SEEK_END", make_int(2));
  module_put(mod, "DEFAULT_BUFFER_SIZE", make_int(8192));
  return mod;
}

// io.UnsupportedOperation (readied on first use).
Type* unsupported_operation_type() {
  init_file_types();
  return &g_unsupported;
}

// open(): readies the types on first use.
Value builtin_open(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  init_file_types();
  return io_open(self, args, nargs, kw);
}

}  // namespace peppy::vm
