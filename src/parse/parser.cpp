// parser.cpp: runs the generated PEGTL grammar over the strict tokenizer's tokens:
// a first pass, and after a failure a second pass with the invalid_* rules that raise
// CPython's specific messages, then CPython's generic errors ("invalid syntax",
// "unexpected indent", the tokenizer's own). Parses run on a thread with a large
// stack, so that nesting up to limits::kMaxParserDepth cannot overflow it.
#include "parse/parser.hpp"

#include <pthread.h>

#include <functional>

#include "parse/actions.hpp"
#include "parse/parser_rules.hpp"
#include "parse/strings.hpp"
#include "unicode/unicode.hpp"

namespace peppy::parse {

namespace {

// SyntaxError.offset for byte column `byte_col`, as CPython 3.11's parser reports it
// (its _PyPegen_raise_error_known_location): the byte column + 1 when the source does
// not declare its encoding; when it does (a coding cookie or a BOM), the code points in
// the first byte_col + 1 bytes of line `row`, the error's first line (also for the end
// offset), counting one past the line's end at most.
int err_offset(const tok::Source& src, int row, int byte_col) {
  if (!src.declared || byte_col < 0) return byte_col + 1;
  if (row < 1 || static_cast<std::size_t>(row) >= src.lines.size()) return byte_col + 1;
  const std::uint32_t b = src.lines[row - 1], e = src.lines[row];
  const long want = static_cast<long>(byte_col) + 1;
  long bytes = 0;
  int chars = 0;
  for (std::uint32_t i = b; i < e && bytes < want; ++i) {
    const char32_t c = src.text[i];
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    ++chars;
  }
  if (bytes < want) ++chars;  // past the end: the terminating NUL counts
  return chars;
}

// Keyword ids of the generated grammar, by text (0: not a keyword). Keywords are short
// ASCII words: a table indexed by length and first letter narrows the search to one or
// two candidates.
int keyword_lookup(std::u32string_view text, bool soft) {
  struct Index {
    std::vector<std::pair<std::u32string_view, int>> by[11][128];
    Index() {
      for (const auto& [k, id] : gen::kKeywords) by[k.size()][k[0]].push_back({k, static_cast<int>(id)});
    }
  };
  struct SoftIndex {
    std::vector<std::pair<std::u32string_view, int>> by[11][128];
    SoftIndex() {
      for (const auto& [k, id] : gen::kSoftKeywords) by[k.size()][k[0]].push_back({k, static_cast<int>(id)});
    }
  };
  static const Index hard;
  static const SoftIndex softs;
  if (text.empty() || text.size() > 10 || text[0] >= 128) return 0;
  const auto& bucket = soft ? softs.by[text.size()][text[0]] : hard.by[text.size()][text[0]];
  for (const auto& [k, id] : bucket)
    if (k == text) return id;
  return 0;
}
int keyword_id(std::u32string_view text) { return keyword_lookup(text, false); }
int soft_keyword_id(std::u32string_view text) { return keyword_lookup(text, true); }

// The parser's view of the strict tokens.
std::vector<Tok> make_toks(const tok::Result& tr) {
  std::vector<Tok> out;
  out.reserve(tr.tokens.size());
  int level = 0;
  for (const tok::Token& t : tr.tokens) {
    Tok p;
    p.type = t.type == tok::Type::OP ? t.exact : t.type;
    p.exact = t.exact;
    p.text = tr.source.view(t.begin, t.end);
    if (p.exact == tok::Type::NOTEQUAL && p.text == U"<>") p.exact = p.type = tok::Type::OP;  // never '!='
    if (t.type == tok::Type::NAME) {
      p.kw = keyword_id(p.text);
      p.soft = soft_keyword_id(p.text);
    }
    p.lineno = t.start.row;
    p.col_offset = t.start_byte;
    p.end_lineno = t.stop.row;
    p.end_col_offset = t.stop_byte;
    p.col_chars = t.start.col;
    p.end_col_chars = t.stop.col;
    p.index = static_cast<std::uint32_t>(out.size());
    switch (t.exact) {
      case tok::Type::LPAR: case tok::Type::LSQB: case tok::Type::LBRACE: ++level; break;
      case tok::Type::RPAR: case tok::Type::RSQB: case tok::Type::RBRACE: --level; break;
      default: break;
    }
    p.level = level;
    if (t.type == tok::Type::ENDMARKER) {
      // The C tokenizer's ENDMARKER: on the last line, without a column.
      p.lineno = p.end_lineno = std::max<int>(1, static_cast<int>(tr.source.lines.size()) - 1);
      p.col_offset = p.end_col_offset = -1;
    }
    out.push_back(p);
  }
  return out;
}

// Where the C tokenizer's cursor is (bytes from its line's start) after it made token
// `t`, which has no column (INDENT, DEDENT, ENDMARKER): after the indentation of the
// line, or at the end of the last line (with the newline it adds) for the tokens made
// at the end of the file.
bool at_eof(const State& st, const Tok& t) {
  bool eof = true;
  for (std::size_t i = t.index; i < st.toks.size() && eof; ++i)
    eof = st.toks[i].type == tok::Type::DEDENT || st.toks[i].type == tok::Type::ENDMARKER;
  return eof;
}
int cursor_after(const State& st, const Tok& t) {
  const tok::Source& src = *st.source;
  if (t.lineno < 1 || static_cast<std::size_t>(t.lineno) >= src.lines.size()) return 0;
  const std::u32string_view line = src.view(src.lines[t.lineno - 1], src.lines[t.lineno]);
  const bool eof = at_eof(st, t);
  int bytes = 0;
  for (char32_t c : line) {
    if (!eof && c != U' ' && c != U'\t' && c != U'\f') break;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  if (eof && (line.empty() || line.back() != U'\n')) ++bytes;
  return bytes;
}

// True for the tokenizer errors CPython's parser raises itself, when it reaches the end
// of the tokens (its tokenizer just returns an error token there): the end of the file
// inside brackets or after a line continuation.
bool tokenizer_error_at_eof(const tok::Error& e) {
  return e.message == "unexpected EOF while parsing" || std::string_view(e.message).ends_with("' was never closed");
}

SyntaxError from_tok_error(const tok::Error& e) {
  SyntaxError s;
  s.type = e.type;
  s.message = e.message;
  s.lineno = e.row;
  s.offset = e.offset;
  s.end_lineno = e.end_row;
  s.end_offset = e.end_offset;
  s.from_tokenizer = true;
  return s;
}

// Runs fn on a thread with a stack of `bytes` (falls back to this thread).
void run_with_stack(std::size_t bytes, const std::function<void()>& fn) {
  pthread_attr_t attr;
  pthread_t th;
  if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, bytes) == 0) {
    auto call = [](void* p) -> void* {
      (*static_cast<const std::function<void()>*>(p))();
      return nullptr;
    };
    if (pthread_create(&th, &attr, call, const_cast<std::function<void()>*>(&fn)) == 0) {
      pthread_join(th, nullptr);
      pthread_attr_destroy(&attr);
      return;
    }
  }
  fn();
}

// One pass of the grammar rule Start over the tokens: its value, or nullptr.
template <typename Start>
V run_pass(State& st) {
  TokenInput in(st.toks.size());
  bool ok = control<Start>::template match<pegtl::apply_mode::action, pegtl::rewind_mode::required, action, control>(
      in, st);
  if (!ok || st.stack.empty()) return nullptr;
  return st.stack.back();
}

[[noreturn]] void raise_at_last(State& st, const char* type, const std::string& msg);

// Parses the tokens with the grammar rule Start as CPython's parser does: a first pass;
// after a failure a second pass in which the invalid_* rules may raise a specific
// error; else CPython's generic errors (the tokenizer's, "unexpected indent", "invalid
// syntax" at the furthest token). Returns Start's value or throws SyntaxError.
template <typename Start>
V run_parser(const std::vector<Tok>& toks, ast::Arena& arena, const tok::Result& tr, int depth) {
  const bool eof_error = tr.error && tokenizer_error_at_eof(*tr.error);
  State first(toks, arena), second(toks, arena);
  for (State* st : {&first, &second}) {
    st->source = &tr.source;
    st->tok_error = tr.error ? &*tr.error : nullptr;
    st->depth = depth;
  }
  std::size_t fetched = 0;  // the furthest token either pass fetched (pegen's p->fill - 1)
  try {
    if (V v = run_pass<Start>(first)) return v;
    const std::size_t last = first.furthest;
    second.second_pass = true;
    second.furthest = last;  // pegen's token buffer outlives the first pass
    run_pass<Start>(second);
    // Nothing specific: CPython's generic errors, at the furthest token of the first pass.
    fetched = second.furthest;
    second.furthest = last;
    const Tok& t = toks[std::min(last, toks.size() - 1)];
    if (t.type == tok::Type::INDENT) raise_at_last(second, "IndentationError", "unexpected indent");
    if (t.type == tok::Type::DEDENT) raise_at_last(second, "IndentationError", "unexpected unindent");
    raise_loc(second, "SyntaxError", "invalid syntax", second.loc_of(&t), second.loc_of(&t));
  } catch (const SyntaxError& e) {
    // After a syntax error CPython tokenizes the rest of the source: a tokenizer error
    // there takes the parser error's place. At the end of the file inside brackets its
    // tokenizer raises nothing itself, but the parser then reports the innermost
    // unclosed bracket if the parse had got past that bracket's line.
    if (!tr.error || e.from_tokenizer || e.type == "MemoryError") throw;
    if (!eof_error) throw from_tok_error(*tr.error);
    fetched = std::max({fetched, first.furthest, second.furthest});
    const int err_line = toks[std::min(fetched, toks.size() - 1)].lineno;
    if (tr.error->message != "unexpected EOF while parsing" && err_line > tr.error->row) throw from_tok_error(*tr.error);
    throw;
  }
}

}  // namespace

void State::raise_tokenizer_error() const { throw from_tok_error(*tok_error); }

void raise_loc(State& st, const char* type, const std::string& msg, const Loc& start, const Loc& end,
               bool end_is_current) {
  SyntaxError e;
  e.type = type;
  e.message = msg;
  e.lineno = start.lineno;
  e.offset = err_offset(*st.source, start.lineno, start.col_offset);
  if (end_is_current) {
    const Tok& t = st.toks[std::min(st.furthest, st.toks.size() - 1)];
    // CPython's CURRENT_POS: the tokenizer's cursor, the end of the last token fetched
    // (a byte column, not made 1-based).
    e.end_lineno = t.end_lineno;
    e.end_offset = err_offset(*st.source, start.lineno, t.end_col_offset - 1);
  } else {
    e.end_lineno = end.end_lineno;
    e.end_offset = err_offset(*st.source, start.lineno, end.end_col_offset);
  }
  throw e;
}

namespace {

// An error at the last token looked at (pegen's RAISE_SYNTAX_ERROR).
void raise_at_last(State& st, const char* type, const std::string& msg) {
  const Tok& t = st.toks[std::min(st.furthest, st.toks.size() - 1)];
  SyntaxError e;
  e.type = type;
  e.message = msg;
  e.lineno = t.lineno;
  e.offset = err_offset(*st.source, t.lineno, t.col_offset < 0 ? cursor_after(st, t) - 1 : t.col_offset);
  e.at_eof = t.col_offset < 0 && at_eof(st, t);
  e.end_lineno = t.end_lineno;
  e.end_offset = t.end_col_offset < 0 ? -1 : err_offset(*st.source, t.lineno, t.end_col_offset);
  throw e;
}

}  // namespace

std::nullptr_t raise_last(State& st, const std::string& msg) { raise_at_last(st, "SyntaxError", msg); }
std::nullptr_t raise_indent(State& st, const std::string& msg) { raise_at_last(st, "IndentationError", msg); }

void raise_expected(State& st, std::size_t pos, const char* what) {
  const Tok& t = st.toks[std::min(pos, st.toks.size() - 1)];
  raise_loc(st, "SyntaxError", std::string("expected '") + what + "'", st.loc_of(&t), st.loc_of(&t));
}

void raise_too_deep(State&) {
  SyntaxError e;
  e.type = "MemoryError";
  e.message = "";
  throw e;
}

expr* parse_fstring_expr(State& st, FieldExpr& fe) {
  std::u32string sub = U"(";
  sub.append(fe.text);
  sub.push_back(U')');
  const tok::Result tr = tok::tokenize(unicode::to_utf8(sub), "<fstring>", tok::Mode::Strict);
  // Where CPython shows an error inside the expression: lines mapped into the source,
  // columns (and the line shown) those of "(" + text + ")".
  auto relocate = [&](SyntaxError e) {
    e.text = tr.source.line_utf8(e.lineno);
    e.lineno += fe.base_lineno - 1;
    e.end_lineno += fe.base_lineno - 1;
    if (!e.from_tokenizer && e.type != "MemoryError") e.message = "f-string: " + e.message;
    return e;
  };
  if (tr.error && tr.tokens.empty()) throw relocate(from_tok_error(*tr.error));
  const std::vector<Tok> raw = make_toks(tr);
  std::vector<Tok> mapped = raw;
  for (Tok& t : mapped) {
    const FieldExpr::Position p = fe.map(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    t.lineno = p.lineno;
    t.col_offset = p.col_offset;
    t.end_lineno = p.end_lineno;
    t.end_col_offset = p.end_col_offset;
  }
  try {
    return static_cast<expr*>(run_parser<gen::r_fstring>(mapped, st.arena, tr, st.depth));
  } catch (const SyntaxError& e) {
    if (e.type == "MemoryError") throw;
  }
  // Parse the unmapped tokens again for the error's place in CPython's terms.
  try {
    run_parser<gen::r_fstring>(raw, st.arena, tr, st.depth);
  } catch (const SyntaxError& e) {
    throw relocate(e);
  }
  raise_last(st, "f-string: invalid syntax");  // not reached: both parses see the same tokens
}

ParseResult parse_module(std::string_view bytes, const std::string& filename) {
  return parse_tokens(tok::tokenize(bytes, filename, tok::Mode::Strict));
}

ParseResult parse_tokens(tok::Result tr) {
  ParseResult r;
  r.arena = std::make_unique<ast::Arena>();
  r.source = tr.source;
  auto fail = [&](const SyntaxError& e) {
    tok::Error err;
    err.type = e.type;
    err.message = e.message;
    err.row = e.lineno;
    err.offset = e.offset;
    err.end_row = e.end_lineno;
    err.end_offset = e.end_offset;
    err.text = e.text ? *e.text : r.source.line_utf8(e.lineno);
    // `python3 FILE` shows line 1 with its BOM.
    if (!e.text && e.lineno == 1 && r.source.encoding == "utf-8-sig") err.text = "\xEF\xBB\xBF" + err.text;
    err.at_eof = e.at_eof;
    r.error = err;
    r.tree = nullptr;
  };
  if (tr.error && tr.tokens.empty()) {  // nothing could be read (encoding, null bytes...)
    r.error = tr.error;
    return r;
  }
  std::vector<Tok> toks = make_toks(tr);
  if (toks.empty()) {
    r.error = tok::Error{"SyntaxError", "error at start before reading any input", 0, 0, 0, 0, ""};
    return r;
  }
  run_with_stack(limits::kParserStackBytes, [&] {
    try {
      r.tree = static_cast<ast::mod*>(run_parser<gen::r_file>(toks, *r.arena, tr, 0));
    } catch (const SyntaxError& e) {
      fail(e);
    }
  });
  return r;
}

}  // namespace peppy::parse
