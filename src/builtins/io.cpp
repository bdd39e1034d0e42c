// io.cpp: the standard streams as simple text-stream objects (write, writelines, flush,
// fileno, isatty; read, readline, readlines and iteration for stdin) over buffers:
// stdout is block-buffered (line-buffered on a terminal), stderr is written at once.
// print() and input() use them.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "builtins/builtins.hpp"
#include "objects/core.hpp"

namespace peppy::builtins {

using namespace objects;

// A text stream over a file descriptor.
struct TextStream : Object {
  int fd;
  bool tty;
  bool line_buffered;
  bool closed;
  std::string* buffer;  // owned
};

static Type g_stream_type;
static Value g_stdout, g_stderr, g_stdin;    // the originals (immortal)
static Value g_cur_stdout, g_cur_stderr;     // what print() uses (owned)

// Writes all of buf to fd.
static void write_fd(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w <= 0) return;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
}

// Flushes one stream's buffer.
static void stream_flush_raw(TextStream* s) {
  if (!s->buffer->empty()) {
    write_fd(s->fd, s->buffer->data(), s->buffer->size());
    s->buffer->clear();
  }
}

// Appends text to a stream, flushing as its buffering mode asks.
static void stream_write_raw(TextStream* s, std::string_view text) {
  s->buffer->append(text);
  if (s->fd == 2 || s->buffer->size() >= (1u << 16) ||
      (s->line_buffered && text.find('\n') != std::string_view::npos))
    stream_flush_raw(s);
}

// stream.write(s): the number of characters written.
static Value stream_write(Value self, const Value* args, std::size_t nargs, Tuple*) {
  if (!check_exact("write", nargs, 1)) return Value();
  auto* s = static_cast<TextStream*>(self.obj());
  if (!is_str(args[0]))
    return raise_fmt(TypeErrorType, "write() argument must be str, not %s", {type_name(args[0])});
  if (s->closed) return raise(ValueErrorType, "I/O operation on closed file.");
  stream_write_raw(s, str_utf8_ref(as_str(args[0])));
  return make_int(static_cast<std::int64_t>(as_str(args[0])->length));
}
// TextIOWrapper.flush()
static Value stream_flush(Value self, const Value*, std::size_t, Tuple*) {
  stream_flush_raw(static_cast<TextStream*>(self.obj()));
  return newref(None());
}
// TextIOWrapper.fileno()
static Value stream_fileno(Value self, const Value*, std::size_t, Tuple*) {
  return make_int(static_cast<TextStream*>(self.obj())->fd);
}
// TextIOWrapper.isatty()
static Value stream_isatty(Value self, const Value*, std::size_t, Tuple*) {
  return newref(boolean(static_cast<TextStream*>(self.obj())->tty));
}
// Standard input's read-ahead buffer (shared by input() and sys.stdin.readline()).
static std::string g_stdin_buf;
static bool g_stdin_eof = false;

// Reads one line from standard input (with its newline, if any); false at end of input.
bool read_stdin_line(std::string& line) {
  flush_std_streams();
  line.clear();
  for (;;) {
    std::size_t nl = g_stdin_buf.find('\n');
    if (nl != std::string::npos) {
      line.append(g_stdin_buf, 0, nl + 1);
      g_stdin_buf.erase(0, nl + 1);
      return true;
    }
    if (g_stdin_eof) {
      line += g_stdin_buf;
      g_stdin_buf.clear();
      return !line.empty();
    }
    char buf[4096];
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n <= 0)
      g_stdin_eof = true;
    else
      g_stdin_buf.append(buf, static_cast<std::size_t>(n));
  }
}

// Universal newlines for text read from standard input (defined below).
static std::string translate_newlines(std::string text);

// TextIOWrapper.readline()
static Value stream_readline(Value self, const Value*, std::size_t, Tuple*) {
  auto* s = static_cast<TextStream*>(self.obj());
  std::string line;
  if (s->fd == 0) {
    read_stdin_line(line);
    return make_str_utf8(translate_newlines(line));
  } else {
    char c;
    while (::read(s->fd, &c, 1) == 1) {
      line += c;
      if (c == '\n') break;
    }
  }
  return make_str_utf8(line);
}
// Universal newlines for text read from standard input: "\r\n" and "\r" become "\n".
static std::string translate_newlines(std::string text) {
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}
// The UTF-8 text of standard input from here to its end (or up to `limit` code points when
// limit >= 0).
static std::string read_stdin_all(std::int64_t limit) {
  flush_std_streams();
  std::string out;
  std::int64_t chars = 0;
  for (;;) {
    std::size_t i = 0;
    while (i < g_stdin_buf.size() && (limit < 0 || chars < limit)) {
      unsigned char c = static_cast<unsigned char>(g_stdin_buf[i]);
      std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      if (i + n > g_stdin_buf.size() && !g_stdin_eof) break;  // a character split across reads
      i += n;
      ++chars;
    }
    if (i > g_stdin_buf.size()) i = g_stdin_buf.size();
    out.append(g_stdin_buf, 0, i);
    g_stdin_buf.erase(0, i);
    if ((limit >= 0 && chars >= limit) || g_stdin_eof) break;
    char buf[4096];
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n <= 0)
      g_stdin_eof = true;
    else
      g_stdin_buf.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}
// Checks that a stream can be read (standard input only): io.UnsupportedOperation otherwise.
static bool stream_check_readable(TextStream* s) {
  if (s->fd == 0) return true;
  raise(OSErrorType, "not readable");
  return false;
}
// TextIOWrapper.read(size=-1) (standard input).
static Value stream_read(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("read", kw) || !check_args("read", nargs, 0, 1)) return Value();
  auto* s = static_cast<TextStream*>(self.obj());
  if (!stream_check_readable(s)) return Value();
  std::int64_t limit = -1;
  if (nargs && args[0] != None() && !index_value(args[0], limit)) return Value();
  return make_str_utf8(translate_newlines(read_stdin_all(limit)));
}
// TextIOWrapper.readlines() (standard input).
static Value stream_readlines(Value self, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("readlines", kw) || !check_args("readlines", nargs, 0, 1)) return Value();
  auto* s = static_cast<TextStream*>(self.obj());
  if (!stream_check_readable(s)) return Value();
  Value lst = make_list(0);
  std::string line;
  while (read_stdin_line(line)) {
    Value v = make_str_utf8(translate_newlines(line));
    list_append(lst, v);
    decref(v);
  }
  return lst;
}
// iter(sys.stdin): the stream itself.
static Value stream_iter(Value self) { return newref(self); }
// next(sys.stdin): the next line; the end of input stops the iteration.
static Value stream_next(Value self) {
  auto* s = static_cast<TextStream*>(self.obj());
  if (!stream_check_readable(s)) return Value();
  std::string line;
  if (!read_stdin_line(line)) return Value();
  return make_str_utf8(translate_newlines(line));
}
// TextIOWrapper.writelines(lines)
static Value stream_writelines(Value self, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("writelines", kw) || !check_exact("writelines", nargs, 1)) return Value();
  int r = for_each(args[0], [&](Value line) -> int {
    Value w = stream_write(self, &line, 1, nullptr);
    if (!w) return -1;
    decref(w);
    return 0;
  });
  if (r < 0) return Value();
  return newref(None());
}
// TextIOWrapper.readable()
static Value stream_readable(Value self, const Value*, std::size_t, Tuple*) {
  return newref(boolean(static_cast<TextStream*>(self.obj())->fd == 0));
}
// TextIOWrapper.writable()
static Value stream_writable(Value self, const Value*, std::size_t, Tuple*) {
  return newref(boolean(static_cast<TextStream*>(self.obj())->fd != 0));
}
// The closed attribute of the standard streams (getter).
static Value stream_get_closed(Value self) { return newref(boolean(static_cast<TextStream*>(self.obj())->closed)); }
// The name attribute of the standard streams (getter).
static Value stream_get_name(Value self) {
  int fd = static_cast<TextStream*>(self.obj())->fd;
  return make_str_ascii(fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>");
}
// The mode attribute of the standard streams (getter).
static Value stream_get_mode(Value self) {
  return make_str_ascii(static_cast<TextStream*>(self.obj())->fd == 0 ? "r" : "w");
}
// repr() of TextIOWrapper.
static Value stream_repr(Value self) {
  auto* s = static_cast<TextStream*>(self.obj());
  const char* name = s->fd == 0 ? "<stdin>" : s->fd == 1 ? "<stdout>" : "<stderr>";
  return make_str_utf8(std::string("<_io.TextIOWrapper name='") + name + "' mode='" + (s->fd == 0 ? "r" : "w") +
                       "' encoding='utf-8'>");
}
// The encoding attribute of TextIOWrapper (getter).
static Value stream_get_encoding(Value) { return make_str_ascii("utf-8"); }
// Frees TextIOWrapper.
static void stream_dealloc(Object*) {}

// Makes the three standard streams once.
static void init_streams() {
  if (g_stdout) return;
  initialize();
  type_init(&g_stream_type, "TextIOWrapper", ObjectType, sizeof(TextStream), 0);
  g_stream_type.module = "_io";
  g_stream_type.dealloc = stream_dealloc;
  g_stream_type.repr = stream_repr;
  add_method(&g_stream_type, "write", stream_write);
  add_method(&g_stream_type, "flush", stream_flush);
  add_method(&g_stream_type, "fileno", stream_fileno);
  add_method(&g_stream_type, "isatty", stream_isatty);
  add_method(&g_stream_type, "readline", stream_readline);
  add_method(&g_stream_type, "read", stream_read);
  add_method(&g_stream_type, "readlines", stream_readlines);
  add_method(&g_stream_type, "writelines", stream_writelines);
  add_method(&g_stream_type, "readable", stream_readable);
  add_method(&g_stream_type, "writable", stream_writable);
  g_stream_type.iter = stream_iter;
  g_stream_type.next = stream_next;
  add_getset(&g_stream_type, "closed", stream_get_closed);
  add_getset(&g_stream_type, "name", stream_get_name);
  add_getset(&g_stream_type, "mode", stream_get_mode);
  add_getset(&g_stream_type, "encoding", stream_get_encoding);
  type_ready(&g_stream_type);
  for (int fd = 0; fd < 3; ++fd) {
    Value v = alloc_instance(&g_stream_type);
    auto* s = static_cast<TextStream*>(v.obj());
    s->refcnt = std::intptr_t{1} << 60;
    s->fd = fd;
    s->tty = ::isatty(fd) != 0;
    s->line_buffered = s->tty;
    s->closed = false;
    s->buffer = new std::string();
    (fd == 0 ? g_stdin : fd == 1 ? g_stdout : g_stderr) = v;
  }
  g_cur_stdout = g_stdout;
  g_cur_stderr = g_stderr;
  std::atexit(flush_std_streams);
}

// The current sys.stdout stream.
Value std_stdout() {
  init_streams();
  return g_cur_stdout;
}
// The current sys.stderr stream.
Value std_stderr() {
  init_streams();
  return g_cur_stderr;
}
// The standard input stream.
Value std_stdin() {
  init_streams();
  return g_stdin;
}
// Replaces the stream print() writes to by default.
void set_stdout(Value stream) {
  init_streams();
  Value old = g_cur_stdout;
  g_cur_stdout = newref(stream);
  decref(old);
}
// Replaces the error stream.
void set_stderr(Value stream) {
  init_streams();
  Value old = g_cur_stderr;
  g_cur_stderr = newref(stream);
  decref(old);
}

// Writes UTF-8 text to the process's stdout buffer.
void stdout_write(std::string_view utf8) {
  init_streams();
  stream_write_raw(static_cast<TextStream*>(g_stdout.obj()), utf8);
}
// Writes UTF-8 text to stderr (stdout flushed first).
void stderr_write(std::string_view utf8) {
  init_streams();
  stream_flush_raw(static_cast<TextStream*>(g_stdout.obj()));
  stream_write_raw(static_cast<TextStream*>(g_stderr.obj()), utf8);
}
// Writes out the buffered standard streams.
void flush_std_streams() {
  if (!g_stdout) return;
  stream_flush_raw(static_cast<TextStream*>(g_stdout.obj()));
  stream_flush_raw(static_cast<TextStream*>(g_stderr.obj()));
}

// Whether v is one of our native streams (print's fast path), and which.
bool native_stream_write(Value stream, std::string_view utf8) {
  if (!stream.is_object() || stream.obj()->type != &g_stream_type) return false;
  auto* s = static_cast<TextStream*>(stream.obj());
  if (s->fd == 2) stream_flush_raw(static_cast<TextStream*>(g_stdout.obj()));
  stream_write_raw(s, utf8);
  return true;
}

}  // namespace peppy::builtins
