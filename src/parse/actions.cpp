// actions.cpp: the helpers behind the grammar's actions (see actions.hpp).
#include "parse/actions.hpp"

#include <gmp.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "parse/strings.hpp"
#include "unicode/normalize.hpp"
#include "unicode/unicode.hpp"

namespace peppy::parse {

using namespace peppy::ast;

// ---------------------------------------------------------------- tokens and names

std::string ident(const Tok* t) {
  // CPython normalizes non-ASCII identifiers to NFKC.
  bool ascii = true;
  for (char32_t c : t->text) ascii &= c < 0x80;
  if (ascii) {
    std::string s;
    s.reserve(t->text.size());
    for (char32_t c : t->text) s.push_back(static_cast<char>(c));
    return s;
  }
  return unicode::to_utf8(unicode::nfkc(t->text));
}

std::vector<std::string> idents(const std::vector<const Tok*>& ts) {
  std::vector<std::string> out;
  out.reserve(ts.size());
  for (const Tok* t : ts) out.push_back(ident(t));
  return out;
}

std::string line_of(const Tok* t) { return std::to_string(t->lineno); }

bool is_legacy_name(const Tok* t) { return t->text == U"print" || t->text == U"exec"; }

Name* name_node(Arena& A, const Tok* t, expr_context ctx) { return make::Name(A, ident(t), ctx, loc_of(t)); }

operator_ aug_op(const Tok* t) {
  switch (t->exact) {
    case tok::Type::PLUSEQUAL: return operator_::Add;
    case tok::Type::MINEQUAL: return operator_::Sub;
    case tok::Type::STAREQUAL: return operator_::Mult;
    case tok::Type::ATEQUAL: return operator_::MatMult;
    case tok::Type::SLASHEQUAL: return operator_::Div;
    case tok::Type::PERCENTEQUAL: return operator_::Mod;
    case tok::Type::AMPEREQUAL: return operator_::BitAnd;
    case tok::Type::VBAREQUAL: return operator_::BitOr;
    case tok::Type::CIRCUMFLEXEQUAL: return operator_::BitXor;
    case tok::Type::LEFTSHIFTEQUAL: return operator_::LShift;
    case tok::Type::RIGHTSHIFTEQUAL: return operator_::RShift;
    case tok::Type::DOUBLESTAREQUAL: return operator_::Pow;
    default: return operator_::FloorDiv;  // DOUBLESLASHEQUAL
  }
}

int count_dots(const std::vector<const Tok*>& dots) {
  int n = 0;
  for (const Tok* t : dots) n += t->exact == tok::Type::ELLIPSIS ? 3 : 1;
  return n;
}

// ---------------------------------------------------------------- lists

std::vector<stmt*> flatten(const std::vector<std::vector<stmt*>>& v) {
  std::vector<stmt*> out;
  for (const auto& x : v) out.insert(out.end(), x.begin(), x.end());
  return out;
}

std::vector<expr*> kv_keys(const std::vector<KeyValue*>& v) {
  std::vector<expr*> out;
  for (auto* kv : v) out.push_back(kv->key);
  return out;
}
std::vector<expr*> kv_values(const std::vector<KeyValue*>& v) {
  std::vector<expr*> out;
  for (auto* kv : v) out.push_back(kv->value);
  return out;
}
std::vector<cmpop> pair_ops(const std::vector<CmpPair*>& v) {
  std::vector<cmpop> out;
  for (auto* p : v) out.push_back(p->op);
  return out;
}
std::vector<expr*> pair_exprs(const std::vector<CmpPair*>& v) {
  std::vector<expr*> out;
  for (auto* p : v) out.push_back(p->e);
  return out;
}
std::vector<expr*> pair_keys(const std::vector<KeyPattern*>& v) {
  std::vector<expr*> out;
  for (auto* p : v) out.push_back(p->key);
  return out;
}
std::vector<pattern*> pair_patterns(const std::vector<KeyPattern*>& v) {
  std::vector<pattern*> out;
  for (auto* p : v) out.push_back(p->pat);
  return out;
}
std::vector<std::string> keyword_names(const std::vector<KeywordPattern*>& v) {
  std::vector<std::string> out;
  for (auto* p : v) out.push_back(p->name);
  return out;
}
std::vector<pattern*> keyword_values(const std::vector<KeywordPattern*>& v) {
  std::vector<pattern*> out;
  for (auto* p : v) out.push_back(p->pat);
  return out;
}

// ---------------------------------------------------------------- building

ConstantValue const_none() { return ConstantValue::none(); }
ConstantValue const_bool(bool b) { return ConstantValue::boolean(b); }
ConstantValue const_ellipsis() { return ConstantValue::ellipsis(); }

namespace {

// The digits of a number token without its underscores, as ASCII.
std::string number_text(const Tok* t) {
  std::string s;
  for (char32_t c : t->text)
    if (c != U'_') s.push_back(static_cast<char>(c));
  return s;
}

// An int literal's value as a decimal string (any size: GMP for the big ones).
std::string int_decimal(const std::string& text) {
  int base = 10;
  std::string digits = text;
  if (text.size() > 1 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    if (p == 'x') base = 16;
    else if (p == 'o') base = 8;
    else if (p == 'b') base = 2;
    if (base != 10) digits = text.substr(2);
  }
  if (base == 10 && digits.size() < 19) {
    std::size_t i = 0;
    while (i + 1 < digits.size() && digits[i] == '0') ++i;
    return digits.substr(i);
  }
  mpz_t v;
  mpz_init(v);
  mpz_set_str(v, digits.c_str(), base);
  std::string out(mpz_sizeinbase(v, 10) + 2, '\0');
  mpz_get_str(out.data(), 10, v);
  out.resize(std::char_traits<char>::length(out.c_str()));
  mpz_clear(v);
  return out;
}

}  // namespace

expr* number(State& st, const Tok* t, const Loc& L) {
  std::string s = number_text(t);
  ConstantValue v;
  char last = s.empty() ? '0' : static_cast<char>(s.back() | 0x20);
  bool is_hex = s.size() > 1 && s[0] == '0' && (s[1] | 0x20) == 'x';
  if (last == 'j') {
    s.pop_back();
    v = ConstantValue::imaginary(std::strtod(s.c_str(), nullptr));
  } else if (!is_hex && s.find_first_of(".eE") != std::string::npos) {
    v = ConstantValue::floating(std::strtod(s.c_str(), nullptr));
  } else {
    // CPython converts decimal literals with PyLong_FromString, which refuses more
    // digits than sys.get_int_max_str_digits() (4300 by default); powers of two are exempt.
    const bool decimal = !(s.size() > 1 && s[0] == '0' && std::isalpha(static_cast<unsigned char>(s[1])));
    if (decimal && s.size() > static_cast<std::size_t>(limits::kMaxIntStrDigits)) {
      const Loc at{t->lineno, -1, t->end_lineno, -1};  // no columns: a wall of carets helps nobody
      raise_loc(st, "SyntaxError",
                "Exceeds the limit (" + std::to_string(limits::kMaxIntStrDigits) +
                    " digits) for integer string conversion: value has " + std::to_string(s.size()) +
                    " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
                    "for huge integer literals to avoid decimal conversion limits.",
                at, at);
    }
    v = ConstantValue::integer(int_decimal(s));
  }
  return make::Constant(st.arena, v, std::nullopt, L);
}

expr* ensure_real(State& st, expr* e) {
  auto* c = static_cast<Constant*>(e);
  if (c->value.kind == ConstantValue::Kind::Complex)
    raise_at(st, e, "real number required in complex literal");
  return e;
}

expr* ensure_imaginary(State& st, expr* e) {
  auto* c = static_cast<Constant*>(e);
  if (c->value.kind != ConstantValue::Kind::Complex)
    raise_at(st, e, "imaginary number required in complex literal");
  return e;
}

expr* set_ctx(Arena& A, expr* e, expr_context ctx) {
  const Loc l = loc_of(e);
  switch (e->tag) {
    case Tag::Name: {
      auto* n = static_cast<Name*>(e);
      return make::Name(A, n->id, ctx, l);
    }
    case Tag::Tuple: {
      auto* t = static_cast<Tuple*>(e);
      std::vector<expr*> elts;
      for (expr* x : t->elts) elts.push_back(set_ctx(A, x, ctx));
      return make::Tuple(A, elts, ctx, l);
    }
    case Tag::List: {
      auto* t = static_cast<List*>(e);
      std::vector<expr*> elts;
      for (expr* x : t->elts) elts.push_back(set_ctx(A, x, ctx));
      return make::List(A, elts, ctx, l);
    }
    case Tag::Subscript: {
      auto* s = static_cast<Subscript*>(e);
      return make::Subscript(A, s->value, s->slice, ctx, l);
    }
    case Tag::Attribute: {
      auto* a = static_cast<Attribute*>(e);
      return make::Attribute(A, a->value, a->attr, ctx, l);
    }
    case Tag::Starred: {
      auto* s = static_cast<Starred*>(e);
      return make::Starred(A, set_ctx(A, s->value, ctx), ctx, l);
    }
    default:
      return e;
  }
}

stmt* with_decorators(Arena& A, const std::vector<expr*>& decorators, stmt* def) {
  const Loc l = loc_of(def);
  switch (def->tag) {
    case Tag::FunctionDef: {
      auto* f = static_cast<FunctionDef*>(def);
      return make::FunctionDef(A, f->name, f->args, f->body, decorators, f->returns, f->type_comment, l);
    }
    case Tag::AsyncFunctionDef: {
      auto* f = static_cast<AsyncFunctionDef*>(def);
      return make::AsyncFunctionDef(A, f->name, f->args, f->body, decorators, f->returns, f->type_comment, l);
    }
    case Tag::ClassDef: {
      auto* c = static_cast<ClassDef*>(def);
      return make::ClassDef(A, c->name, c->bases, c->keywords, c->body, decorators, l);
    }
    default:
      return def;
  }
}

arguments* empty_arguments(Arena& A) {
  return make::arguments(A, {}, {}, nullptr, {}, {}, nullptr, {}, Loc{});
}

arguments* make_arguments(Arena& A, const std::vector<arg*>& slash_no_default, SlashWithDefault* slash_with_default,
                          const std::vector<arg*>& plain, const std::vector<NameDefault*>& with_default,
                          StarEtc* star_etc) {
  std::vector<arg*> posonly, args, kwonly;
  std::vector<expr*> defaults, kw_defaults;
  if (!slash_no_default.empty()) posonly = slash_no_default;
  if (slash_with_default) {
    posonly = slash_with_default->plain;
    for (auto* nd : slash_with_default->defaults) {
      posonly.push_back(nd->a);
      defaults.push_back(nd->value);
    }
  }
  args = plain;
  for (auto* nd : with_default) {
    args.push_back(nd->a);
    defaults.push_back(nd->value);
  }
  arg* vararg = nullptr;
  arg* kwarg = nullptr;
  if (star_etc) {
    vararg = star_etc->vararg;
    kwarg = star_etc->kwarg;
    for (auto* nd : star_etc->kwonly) {
      kwonly.push_back(nd->a);
      kw_defaults.push_back(nd->value);
    }
  }
  return make::arguments(A, posonly, args, vararg, kwonly, kw_defaults, kwarg, defaults, Loc{});
}

CallArgs* call_args(State& st, const std::vector<expr*>& positional, const std::vector<KeywordOrStarred*>& rest) {
  auto* c = st.make<CallArgs>();
  c->args = positional;
  for (auto* k : rest) {
    if (k->is_keyword) c->keywords.push_back(static_cast<keyword*>(k->elem));
    else c->args.push_back(static_cast<expr*>(k->elem));
  }
  // the location of what was matched: from the first to the last argument
  Loc first{}, last{};
  bool any = false;
  auto take = [&](const Loc& l) {
    if (!any) first = l;
    last = l;
    any = true;
  };
  for (expr* e : positional) take(loc_of(e));
  for (auto* k : rest) take(k->is_keyword ? loc_of(static_cast<keyword*>(k->elem)) : loc_of(static_cast<expr*>(k->elem)));
  c->loc = Loc{first.lineno, first.col_offset, last.end_lineno, last.end_col_offset};
  return c;
}

// ---------------------------------------------------------------- errors

std::string expr_name(const expr* e) {
  switch (e->tag) {
    case Tag::Attribute: return "attribute";
    case Tag::Subscript: return "subscript";
    case Tag::Starred: return "starred";
    case Tag::Name: return "name";
    case Tag::List: return "list";
    case Tag::Tuple: return "tuple";
    case Tag::Lambda: return "lambda";
    case Tag::Call: return "function call";
    case Tag::BoolOp:
    case Tag::BinOp:
    case Tag::UnaryOp: return "expression";
    case Tag::GeneratorExp: return "generator expression";
    case Tag::Yield:
    case Tag::YieldFrom: return "yield expression";
    case Tag::Await: return "await expression";
    case Tag::ListComp: return "list comprehension";
    case Tag::SetComp: return "set comprehension";
    case Tag::DictComp: return "dict comprehension";
    case Tag::Dict: return "dict literal";
    case Tag::Set: return "set display";
    case Tag::JoinedStr:
    case Tag::FormattedValue: return "f-string expression";
    case Tag::Constant: {
      const auto& v = static_cast<const Constant*>(e)->value;
      switch (v.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::True: return "True";
        case ConstantValue::Kind::False: return "False";
        case ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case Tag::Compare: return "comparison";
    case Tag::IfExp: return "conditional expression";
    case Tag::NamedExpr: return "named expression";
    default: return "expression";
  }
}

Loc loc_of(const Tok* t) { return Loc{t->lineno, t->col_offset, t->end_lineno, t->end_col_offset}; }
Loc loc_of(const CallArgs* a) { return a->loc; }

namespace {

// The first part of `e` that cannot be an assignment (or deletion) target, or nullptr.
expr* invalid_target(expr* e, TargetsKind kind) {
  switch (e->tag) {
    case Tag::List:
      for (expr* x : static_cast<List*>(e)->elts)
        if (expr* bad = invalid_target(x, kind)) return bad;
      return nullptr;
    case Tag::Tuple:
      for (expr* x : static_cast<Tuple*>(e)->elts)
        if (expr* bad = invalid_target(x, kind)) return bad;
      return nullptr;
    case Tag::Starred:
      if (kind == TargetsKind::Del) return e;
      return invalid_target(static_cast<Starred*>(e)->value, kind);
    case Tag::Compare:
      // `for x in y`: the `x in y` parses as a comparison; look at its left side.
      if (kind == TargetsKind::For) {
        auto* c = static_cast<Compare*>(e);
        if (!c->ops.empty() && c->ops[0] == cmpop::In) return invalid_target(c->left, kind);
        return nullptr;
      }
      return e;
    case Tag::Name:
    case Tag::Subscript:
    case Tag::Attribute:
      return nullptr;
    default:
      return e;
  }
}

}  // namespace

std::nullptr_t raise_invalid_target_or_null(State& st, TargetsKind kind, expr* e) {
  expr* bad = invalid_target(e, kind);
  if (!bad) return nullptr;
  raise_at(st, bad, std::string(kind == TargetsKind::Del ? "cannot delete " : "cannot assign to ") + expr_name(bad));
}

std::nullptr_t raise_invalid_target(State& st, TargetsKind kind, expr* e) {
  // Nothing invalid: no error here (the rule fails; the generic error follows).
  return raise_invalid_target_or_null(st, kind, e);
}

std::nullptr_t raise_kvpair_colon(State& st, expr* key) {
  // CPython: from the key's last character, on the key's first line, to no end (-1).
  const Loc l = loc_of(key);
  const Loc at{l.lineno, l.end_col_offset - 1, l.end_lineno, -1};
  raise_loc(st, "SyntaxError", "':' expected after dictionary key", at, at);
}

std::nullptr_t forgot_comma(State& st, const Span& span, expr* a, expr* b) {
  // Not for `print x` (the legacy-statement rule reports that), nor outside brackets.
  if (a->tag == Tag::Name) {
    const std::string& id = static_cast<Name*>(a)->id;
    if (id == "print" || id == "exec") return nullptr;
  }
  if (span.end == 0 || st.toks[span.end - 1].level == 0) return nullptr;
  raise_range(st, a, b, "invalid syntax. Perhaps you forgot a comma?");
}

expr* last_comprehension_item(const std::vector<comprehension*>& gens) {
  comprehension* c = gens.back();
  if (!c->ifs.empty()) return c->ifs.back();
  return c->iter;
}

std::nullptr_t nonparen_genexp_in_call(State& st, CallArgs* args, const std::vector<comprehension*>& gens) {
  // Only a bare generator as the last positional argument of several.
  std::size_t n = args->args.size();
  if (n <= 1) return nullptr;
  raise_range(st, args->args[n - 1], last_comprehension_item(gens), "Generator expression must be parenthesized");
}

std::nullptr_t arguments_parsing_error(State& st, CallArgs* args) {
  bool unpacking = false;
  for (keyword* k : args->keywords)
    if (k->arg.empty()) unpacking = true;
  raise_last(st, unpacking ? "positional argument follows keyword argument unpacking"
                           : "positional argument follows keyword argument");
}

}  // namespace peppy::parse

// ---------------------------------------------------------------- strings

namespace peppy::parse {

namespace {

// A Constant holding a str part of a string or f-string.
expr* str_constant(State& st, std::u32string value, bool kind_u, const Loc& L) {
  return make::Constant(st.arena, ConstantValue::string(std::move(value)),
                        kind_u ? std::optional<std::string>("u") : std::nullopt, L);
}

// The location of a STRING token of the concatenation.
Loc token_loc(const std::vector<const Tok*>& toks, std::size_t i) { return loc_of(toks[std::min(i, toks.size() - 1)]); }

// The values of a JoinedStr (or of a format spec when `spec`), placed as CPython places
// them (see strings.hpp, "WHERE CPYTHON PUTS THE NODES").
std::vector<expr*> joined_values(State& st, const std::vector<const Tok*>& toks, std::vector<FPart>& parts,
                                 bool kind_u, const Loc& whole, bool spec) {
  std::vector<expr*> out;
  out.reserve(parts.size());
  for (std::size_t i = 0; i < parts.size(); ++i) {
    FPart& p = parts[i];
    if (!p.is_field) {
      // The last literal part of a format spec has kind None (its caller places it).
      const bool spec_tail = spec && i + 1 == parts.size();
      out.push_back(str_constant(st, std::move(p.literal), spec_tail ? false : kind_u, whole));
      continue;
    }
    Field& f = p.field;
    expr* spec_node = nullptr;
    if (f.has_format_spec) {
      const Loc tl = token_loc(toks, f.expr.token);
      std::vector<expr*> vals = joined_values(st, toks, f.format_spec, kind_u, whole, true);
      // A trailing literal part of the spec sits on the field's token.
      if (!f.format_spec.empty() && !f.format_spec.back().is_field) {
        expr* last = vals.back();
        last->lineno = tl.lineno;
        last->col_offset = tl.col_offset;
        last->end_lineno = tl.end_lineno;
        last->end_col_offset = tl.end_col_offset;
      }
      spec_node = make::JoinedStr(st.arena, std::move(vals), tl);
    }
    const int conversion = f.conversion ? static_cast<int>(static_cast<unsigned char>(f.conversion)) : -1;
    out.push_back(make::FormattedValue(st.arena, static_cast<expr*>(f.expr.node), conversion, spec_node, whole));
  }
  return out;
}

}  // namespace

// strings: STRING+ — implicit concatenation, f-strings parsed (strings.hpp does the text).
expr* concatenate_strings(State& st, const std::vector<const Tok*>& toks, const Loc& L) {
  std::vector<StringToken> in;
  in.reserve(toks.size());
  for (const Tok* t : toks) {
    StringToken s;
    s.text = t->text;
    s.lineno = t->lineno;
    s.col_offset = t->col_offset;
    s.end_lineno = t->end_lineno;
    s.end_col_offset = t->end_col_offset;
    in.push_back(s);
  }
  StringsResult r = concatenate_strings(std::span<const StringToken>(in), [&st](FieldExpr& fe) {
    fe.node = parse_fstring_expr(st, fe);
    return true;
  });
  if (r.error) {
    const StringError& e = *r.error;
    if (e.place == ErrorPlace::Token) {
      Loc l{e.lineno, e.col_offset, e.end_lineno, e.end_col_offset};
      raise_loc(st, "SyntaxError", e.message, l, l);
    }
    raise_last(st, e.message);
  }
  const Loc whole{r.lineno, r.col_offset, r.end_lineno, r.end_col_offset};
  switch (r.kind) {
    case StringsResult::Kind::Str:
      return str_constant(st, std::move(r.str), r.kind_u, whole);
    case StringsResult::Kind::Bytes:
      return make::Constant(st.arena, ConstantValue::byte_string(std::move(r.bytes)), std::nullopt, whole);
    case StringsResult::Kind::JoinedStr:
      break;
  }
  return make::JoinedStr(st.arena, joined_values(st, toks, r.parts, r.kind_u, whole, false), whole);
}

}  // namespace peppy::parse
