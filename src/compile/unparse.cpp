// unparse.cpp: expressions back to source text, with CPython 3.11's ast_unparse.c rules
// (see unparse.hpp): minimal parentheses from operator precedence levels, its spacing,
// reprs for constants ("inf" written as 1e309), f-strings rebuilt as one repr'd body,
// and its quirks (`lambda*a: 1`, `1 .real`, `(x := (a + b))`).
#include "compile/unparse.hpp"

#include "ast/constant.hpp"
#include "compile/errors.hpp"
#include "unicode/unicode.hpp"

namespace peppy::compile {

namespace {

// Precedence levels, loosest first (a node needs parentheses where the level asked
// for is above its own).
enum Level : int {
  PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND, PR_SHIFT,
  PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

class Unparser {
 public:
  std::string out;

  // An expression at precedence `level`.
  void expr(const ast::expr* e, int level) {
    DepthGuard guard(depth_);
    using ast::Tag;
    switch (e->tag) {
      case Tag::BoolOp: {
        const auto* b = static_cast<const ast::BoolOp*>(e);
        const bool is_and = b->op == ast::boolop::And;
        const int pr = is_and ? PR_AND : PR_OR;
        open_if(level > pr);
        for (std::size_t i = 0; i < b->values.size(); ++i) {
          if (i > 0) out += is_and ? " and " : " or ";
          expr(b->values[i], pr + 1);
        }
        close_if(level > pr);
        break;
      }
      case Tag::BinOp:
        binop(static_cast<const ast::BinOp*>(e), level);
        break;
      case Tag::UnaryOp: {
        const auto* u = static_cast<const ast::UnaryOp*>(e);
        const char* op = "~";
        int pr = PR_FACTOR;
        switch (u->op) {
          case ast::unaryop::Invert:
            op = "~";
            break;
          case ast::unaryop::Not:
            op = "not ";
            pr = PR_NOT;
            break;
          case ast::unaryop::UAdd:
            op = "+";
            break;
          case ast::unaryop::USub:
            op = "-";
            break;
        }
        open_if(level > pr);
        out += op;
        expr(u->operand, pr);
        close_if(level > pr);
        break;
      }
      case Tag::Lambda: {
        const auto* l = static_cast<const ast::Lambda*>(e);
        open_if(level > PR_TEST);
        out += (l->args->args.size() + l->args->posonlyargs.size()) != 0 ? "lambda " : "lambda";
        arguments(*l->args);
        out += ": ";
        expr(l->body, PR_TEST);
        close_if(level > PR_TEST);
        break;
      }
      case Tag::IfExp: {
        const auto* i = static_cast<const ast::IfExp*>(e);
        open_if(level > PR_TEST);
        expr(i->body, PR_TEST + 1);
        out += " if ";
        expr(i->test, PR_TEST + 1);
        out += " else ";
        expr(i->orelse, PR_TEST);
        close_if(level > PR_TEST);
        break;
      }
      case Tag::Dict: {
        const auto* d = static_cast<const ast::Dict*>(e);
        out += "{";
        for (std::size_t i = 0; i < d->values.size(); ++i) {
          if (i > 0) out += ", ";
          if (d->keys[i] != nullptr) {
            expr(d->keys[i], PR_TEST);
            out += ": ";
            expr(d->values[i], PR_TEST);
          } else {
            out += "**";
            expr(d->values[i], PR_EXPR);
          }
        }
        out += "}";
        break;
      }
      case Tag::Set:
        sequence("{", static_cast<const ast::Set*>(e)->elts, "}");
        break;
      case Tag::GeneratorExp: {
        const auto* g = static_cast<const ast::GeneratorExp*>(e);
        out += "(";
        expr(g->elt, PR_TEST);
        comprehensions(g->generators);
        out += ")";
        break;
      }
      case Tag::ListComp: {
        const auto* g = static_cast<const ast::ListComp*>(e);
        out += "[";
        expr(g->elt, PR_TEST);
        comprehensions(g->generators);
        out += "]";
        break;
      }
      case Tag::SetComp: {
        const auto* g = static_cast<const ast::SetComp*>(e);
        out += "{";
        expr(g->elt, PR_TEST);
        comprehensions(g->generators);
        out += "}";
        break;
      }
      case Tag::DictComp: {
        const auto* g = static_cast<const ast::DictComp*>(e);
        out += "{";
        expr(g->key, PR_TEST);
        out += ": ";
        expr(g->value, PR_TEST);
        comprehensions(g->generators);
        out += "}";
        break;
      }
      case Tag::Yield: {
        const auto* y = static_cast<const ast::Yield*>(e);
        if (y->value == nullptr) {
          out += "(yield)";
        } else {
          out += "(yield ";
          expr(y->value, PR_TEST);
          out += ")";
        }
        break;
      }
      case Tag::YieldFrom:
        out += "(yield from ";
        expr(static_cast<const ast::YieldFrom*>(e)->value, PR_TEST);
        out += ")";
        break;
      case Tag::Await:
        open_if(level > PR_AWAIT);
        out += "await ";
        expr(static_cast<const ast::Await*>(e)->value, PR_ATOM);
        close_if(level > PR_AWAIT);
        break;
      case Tag::Compare:
        compare(static_cast<const ast::Compare*>(e), level);
        break;
      case Tag::Call:
        call(static_cast<const ast::Call*>(e));
        break;
      case Tag::Constant: {
        const auto* c = static_cast<const ast::Constant*>(e);
        if (c->value.kind == ast::ConstantValue::Kind::Ellipsis) {
          out += "...";
          break;
        }
        if (c->kind.has_value()) out += "u";
        constant(c->value);
        break;
      }
      case Tag::JoinedStr:
        joined_str(static_cast<const ast::JoinedStr*>(e), false);
        break;
      case Tag::FormattedValue:
        formatted_value(static_cast<const ast::FormattedValue*>(e));
        break;
      case Tag::Attribute: {
        const auto* a = static_cast<const ast::Attribute*>(e);
        expr(a->value, PR_ATOM);
        const auto* c = ast::as<ast::Constant>(a->value);
        out += (c != nullptr && c->value.kind == ast::ConstantValue::Kind::Int) ? " ." : ".";
        out += a->attr;
        break;
      }
      case Tag::Subscript: {
        const auto* s = static_cast<const ast::Subscript*>(e);
        expr(s->value, PR_ATOM);
        out += "[";
        expr(s->slice, PR_TUPLE);
        out += "]";
        break;
      }
      case Tag::Starred:
        out += "*";
        expr(static_cast<const ast::Starred*>(e)->value, PR_EXPR);
        break;
      case Tag::Slice: {
        const auto* s = static_cast<const ast::Slice*>(e);
        if (s->lower != nullptr) expr(s->lower, PR_TEST);
        out += ":";
        if (s->upper != nullptr) expr(s->upper, PR_TEST);
        if (s->step != nullptr) {
          out += ":";
          expr(s->step, PR_TEST);
        }
        break;
      }
      case Tag::Name:
        out += static_cast<const ast::Name*>(e)->id;
        break;
      case Tag::List:
        sequence("[", static_cast<const ast::List*>(e)->elts, "]");
        break;
      case Tag::Tuple: {
        const auto& elts = static_cast<const ast::Tuple*>(e)->elts;
        if (elts.empty()) {
          out += "()";
          break;
        }
        open_if(level > PR_TUPLE);
        for (std::size_t i = 0; i < elts.size(); ++i) {
          if (i > 0) out += ", ";
          expr(elts[i], PR_TEST);
        }
        if (elts.size() == 1) out += ",";
        close_if(level > PR_TUPLE);
        break;
      }
      case Tag::NamedExpr: {
        const auto* n = static_cast<const ast::NamedExpr*>(e);
        open_if(level > PR_TUPLE);
        expr(n->target, PR_ATOM);
        out += " := ";
        expr(n->value, PR_ATOM);
        close_if(level > PR_TUPLE);
        break;
      }
      default:
        break;
    }
  }

 private:
  int depth_ = 0;

  // "(" when the node needs parentheses at the level asked for.
  void open_if(bool c) {
    if (c) out += "(";
  }
  // ")" to match open_if.
  void close_if(bool c) {
    if (c) out += ")";
  }

  // Items between brackets, each at PR_TEST.
  void sequence(const char* open, const std::vector<ast::expr*>& elts, const char* close) {
    out += open;
    for (std::size_t i = 0; i < elts.size(); ++i) {
      if (i > 0) out += ", ";
      expr(elts[i], PR_TEST);
    }
    out += close;
  }

  // The repr of a constant, with infinities written as 1e309.
  void constant(const ast::ConstantValue& v) {
    std::string r = ast::repr(v);
    if (v.kind == ast::ConstantValue::Kind::Float || v.kind == ast::ConstantValue::Kind::Complex) {
      std::string fixed;
      for (std::size_t i = 0; i < r.size();) {
        if (r.compare(i, 3, "inf") == 0) {
          fixed += "1e309";
          i += 3;
        } else {
          fixed += r[i++];
        }
      }
      r = fixed;
    }
    out += r;
  }

  // a op b, with the operator's precedence (** binds to the right).
  void binop(const ast::BinOp* b, int level) {
    const char* op = " + ";
    int pr = PR_ARITH;
    bool rassoc = false;
    switch (b->op) {
      case ast::operator_::Add:
        op = " + ";
        pr = PR_ARITH;
        break;
      case ast::operator_::Sub:
        op = " - ";
        pr = PR_ARITH;
        break;
      case ast::operator_::Mult:
        op = " * ";
        pr = PR_TERM;
        break;
      case ast::operator_::MatMult:
        op = " @ ";
        pr = PR_TERM;
        break;
      case ast::operator_::Div:
        op = " / ";
        pr = PR_TERM;
        break;
      case ast::operator_::Mod:
        op = " % ";
        pr = PR_TERM;
        break;
      case ast::operator_::LShift:
        op = " << ";
        pr = PR_SHIFT;
        break;
      case ast::operator_::RShift:
        op = " >> ";
        pr = PR_SHIFT;
        break;
      case ast::operator_::BitOr:
        op = " | ";
        pr = PR_BOR;
        break;
      case ast::operator_::BitXor:
        op = " ^ ";
        pr = PR_BXOR;
        break;
      case ast::operator_::BitAnd:
        op = " & ";
        pr = PR_BAND;
        break;
      case ast::operator_::FloorDiv:
        op = " // ";
        pr = PR_TERM;
        break;
      case ast::operator_::Pow:
        op = " ** ";
        pr = PR_POWER;
        rassoc = true;
        break;
    }
    open_if(level > pr);
    expr(b->left, pr + (rassoc ? 1 : 0));
    out += op;
    expr(b->right, pr + (rassoc ? 0 : 1));
    close_if(level > pr);
  }

  // a < b < c.
  void compare(const ast::Compare* c, int level) {
    open_if(level > PR_CMP);
    expr(c->left, PR_CMP + 1);
    for (std::size_t i = 0; i < c->comparators.size(); ++i) {
      const char* op = " == ";
      switch (c->ops[i]) {
        case ast::cmpop::Eq:
          op = " == ";
          break;
        case ast::cmpop::NotEq:
          op = " != ";
          break;
        case ast::cmpop::Lt:
          op = " < ";
          break;
        case ast::cmpop::LtE:
          op = " <= ";
          break;
        case ast::cmpop::Gt:
          op = " > ";
          break;
        case ast::cmpop::GtE:
          op = " >= ";
          break;
        case ast::cmpop::Is:
          op = " is ";
          break;
        case ast::cmpop::IsNot:
          op = " is not ";
          break;
        case ast::cmpop::In:
          op = " in ";
          break;
        case ast::cmpop::NotIn:
          op = " not in ";
          break;
      }
      out += op;
      expr(c->comparators[i], PR_CMP + 1);
    }
    close_if(level > PR_CMP);
  }

  // A parameter with its annotation.
  void arg(const ast::arg* a) {
    out += a->arg;
    if (a->annotation != nullptr) {
      out += ": ";
      expr(a->annotation, PR_TEST);
    }
  }

  // Parameters as in a lambda.
  void arguments(const ast::arguments& a) {
    bool first = true;
    auto sep = [&] {
      if (!first) out += ", ";
      first = false;
    };
    const std::size_t nposonly = a.posonlyargs.size(), nargs = a.args.size(), ndefaults = a.defaults.size();
    for (std::size_t i = 0; i < nposonly + nargs; ++i) {
      sep();
      arg(i < nposonly ? a.posonlyargs[i] : a.args[i - nposonly]);
      const long di = static_cast<long>(i) - static_cast<long>(nposonly + nargs) + static_cast<long>(ndefaults);
      if (di >= 0) {
        out += "=";
        expr(a.defaults[di], PR_TEST);
      }
      if (nposonly != 0 && i + 1 == nposonly) out += ", /";
    }
    if (a.vararg != nullptr || !a.kwonlyargs.empty()) {
      sep();
      out += "*";
      if (a.vararg != nullptr) arg(a.vararg);
    }
    const std::size_t nkw = a.kwonlyargs.size(), nkwdefaults = a.kw_defaults.size();
    for (std::size_t i = 0; i < nkw; ++i) {
      sep();
      arg(a.kwonlyargs[i]);
      const long di = static_cast<long>(i) - static_cast<long>(nkw) + static_cast<long>(nkwdefaults);
      if (di >= 0 && a.kw_defaults[di] != nullptr) {
        out += "=";
        expr(a.kw_defaults[di], PR_TEST);
      }
    }
    if (a.kwarg != nullptr) {
      sep();
      out += "**";
      arg(a.kwarg);
    }
  }

  // The `for ... in ... if ...` clauses of a comprehension.
  void comprehensions(const std::vector<ast::comprehension*>& gens) {
    for (const ast::comprehension* g : gens) {
      out += g->is_async ? " async for " : " for ";
      expr(g->target, PR_TUPLE);
      out += " in ";
      expr(g->iter, PR_TEST + 1);
      for (const ast::expr* c : g->ifs) {
        out += " if ";
        expr(c, PR_TEST + 1);
      }
    }
  }

  // f(args, name=value, *a, **k).
  void call(const ast::Call* c) {
    expr(c->func, PR_ATOM);
    if (c->args.size() == 1 && c->keywords.empty()) {
      if (ast::isa<ast::GeneratorExp>(c->args[0])) {
        expr(c->args[0], PR_TEST);  // a lone generator expression keeps only its own parentheses
        return;
      }
    }
    out += "(";
    bool first = true;
    for (const ast::expr* a : c->args) {
      if (!first) out += ", ";
      first = false;
      expr(a, PR_TEST);
    }
    for (const ast::keyword* k : c->keywords) {
      if (!first) out += ", ";
      first = false;
      if (k->arg.empty()) {
        out += "**";
      } else {
        out += k->arg + "=";
      }
      expr(k->value, PR_TEST);
    }
    out += ")";
  }

  // The text of an f-string's parts: literal text with braces doubled, fields.
  std::string fstring_body(const std::vector<ast::expr*>& values) {
    Unparser inner;
    inner.depth_ = depth_;
    for (const ast::expr* v : values) inner.fstring_element(v);
    return inner.out;
  }

  // One part of an f-string body: literal text (braces doubled), a nested f-string (a
  // format spec), or a replacement field.
  void fstring_element(const ast::expr* e) {
    if (const auto* c = ast::as<ast::Constant>(e)) {
      std::string text;
      if (c->value.kind == ast::ConstantValue::Kind::Str) text = unicode_text(c->value);
      for (char ch : text) {
        if (ch == '{') {
          out += "{{";
        } else if (ch == '}') {
          out += "}}";
        } else {
          out += ch;
        }
      }
    } else if (const auto* j = ast::as<ast::JoinedStr>(e)) {
      joined_str(j, true);
    } else if (const auto* f = ast::as<ast::FormattedValue>(e)) {
      formatted_value(f);
    }
  }

  // The UTF-8 text of a str constant.
  static std::string unicode_text(const ast::ConstantValue& v) { return unicode::to_utf8(v.str); }

  // f'...' (or, inside a format spec, just its body).
  void joined_str(const ast::JoinedStr* j, bool is_format_spec) {
    const std::string body = fstring_body(j->values);
    if (is_format_spec) {
      out += body;
    } else {
      out += "f" + ast::repr_utf8(body);
    }
  }

  // {value!c:spec}; a value that starts with a brace is set off by a space.
  void formatted_value(const ast::FormattedValue* f) {
    Unparser inner;
    inner.depth_ = depth_;
    inner.expr(f->value, PR_TEST + 1);
    out += (!inner.out.empty() && inner.out[0] == '{') ? "{ " : "{";
    out += inner.out;
    if (f->conversion > 0) {
      out += "!";
      out += static_cast<char>(f->conversion);
    }
    if (f->format_spec != nullptr) {
      out += ":";
      fstring_element(f->format_spec);
    }
    out += "}";
  }
};

}  // namespace

// The source text of an annotation: the expression at the level of a test (so a bare
// tuple gets parentheses).
std::string unparse_annotation(const ast::expr* e) {
  Unparser u;
  u.expr(e, PR_TEST);
  return u.out;
}

}  // namespace peppy::compile
