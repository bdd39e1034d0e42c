// peg_gen: the parser generator. Reads peppy's PEG grammar spec (grammar/*.peg),
// parsing it with PEGTL, and writes a C++ header of PEGTL rules over the token input
// (src/parse/runtime.hpp) with the actions that build the AST.
//
//   peg_gen OUT.hpp SPEC.peg [MORE.peg...]
//
// The spec format (see grammar/README.md):
//
//   rule_name (flags) -> Type:
//       | item item ... { C++ action }
//       | ...
//
// flags: memo, leftrec, invalid (only tried in the second, error-reporting pass),
// noinvalid (parsed with the invalid rules off, like pegen's *_without_invalid rules).
// Type: a C++ type the rule's value has; `T*` means a list of T (std::vector<T*>),
// `Tok` a token. Items: NAME = rule or token type (NAME, NUMBER, STRING, NEWLINE,
// INDENT, DEDENT, ENDMARKER, ASYNC, AWAIT), 'kw' keyword or operator, "soft" soft
// keyword, [x] or x? optional, x* x+ repetition, s.x+ gather, &x !x lookahead, &&x
// forced (error if missing), ~ cut, ( alts ) group; `name=item` binds a value for the
// action. In actions, @Ctor(args) builds AST node Ctor at the alternative's location.
#include <tao/pegtl.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace pegtl = tao::pegtl;

namespace spec {

// ---------------- the spec's own grammar ----------------
struct comment : pegtl::seq<pegtl::one<'#'>, pegtl::until<pegtl::eolf>> {};
struct ws : pegtl::star<pegtl::sor<pegtl::space, comment>> {};
struct ident : pegtl::identifier {};
struct quoted1 : pegtl::seq<pegtl::one<'\''>, pegtl::plus<pegtl::not_one<'\''>>, pegtl::one<'\''>> {};
struct quoted2 : pegtl::seq<pegtl::one<'"'>, pegtl::plus<pegtl::not_one<'"'>>, pegtl::one<'"'>> {};

struct action_code;
struct action_body : pegtl::star<pegtl::sor<action_code, pegtl::not_one<'{', '}'>>> {};
struct action_code : pegtl::seq<pegtl::one<'{'>, action_body, pegtl::one<'}'>> {};

struct alts;
struct group_open : pegtl::one<'('> {};
struct group : pegtl::seq<group_open, ws, alts, ws, pegtl::one<')'>> {};
struct opt_open : pegtl::one<'['> {};
struct optional : pegtl::seq<opt_open, ws, alts, ws, pegtl::one<']'>> {};
struct atom : pegtl::sor<group, optional, quoted1, quoted2, ident> {};
struct suffix : pegtl::one<'?', '*', '+'> {};
struct gather_dot : pegtl::seq<pegtl::one<'.'>, pegtl::not_at<pegtl::one<'.'>>> {};
struct postfixed : pegtl::seq<atom, pegtl::opt<pegtl::sor<suffix, pegtl::seq<gather_dot, atom, pegtl::one<'+'>>>>> {};
struct prefix : pegtl::sor<pegtl::string<'&', '&'>, pegtl::one<'&'>, pegtl::one<'!'>> {};
struct cut : pegtl::one<'~'> {};
struct binding : pegtl::seq<ident, pegtl::one<'='>, pegtl::not_at<pegtl::one<'='>>> {};
struct item : pegtl::sor<cut, pegtl::seq<pegtl::opt<binding>, pegtl::opt<prefix>, postfixed>> {};
struct alt_action : action_code {};
struct flags;
// The start of the next rule definition ends the alternatives of the current one.
struct rule_start : pegtl::seq<pegtl::identifier, ws, pegtl::opt<flags>, ws, pegtl::string<'-', '>'>> {};
struct alternative : pegtl::seq<pegtl::plus<pegtl::seq<ws, pegtl::not_at<pegtl::one<'|'>>, pegtl::not_at<rule_start>, item>>,
                                ws, pegtl::opt<alt_action>> {};
struct alt_bar : pegtl::one<'|'> {};
struct alts : pegtl::seq<pegtl::opt<alt_bar>, ws, alternative, pegtl::star<ws, alt_bar, ws, alternative>> {};
struct flag : ident {};
struct flags : pegtl::seq<pegtl::one<'('>, ws, pegtl::list<flag, pegtl::one<','>, pegtl::space>, ws, pegtl::one<')'>> {};
struct type_text : pegtl::plus<pegtl::sor<pegtl::identifier_other, pegtl::one<'*'>, pegtl::string<':', ':'>>> {};
struct rule_name : ident {};
struct rule_def : pegtl::seq<rule_name, ws, pegtl::opt<flags>, ws, pegtl::string<'-', '>'>, ws, type_text, ws,
                             pegtl::one<':'>, ws, alts> {};
struct grammar : pegtl::seq<ws, pegtl::star<rule_def, ws>, pegtl::eof> {};

// ---------------- what the spec describes ----------------
struct Alt;
struct Item {
  enum Kind { Ref, Literal, Soft, Group, Optional, Cut } kind = Ref;
  std::string text;                       // rule/token name, or literal text
  std::vector<std::shared_ptr<Alt>> alts; // Group / Optional
  std::string bind;                       // name=...
  std::string prefix;                     // "&", "!", "&&" or ""
  char suffix = 0;                        // '?', '*', '+', or 'g' (gather)
  std::shared_ptr<Item> gather_elem;      // for 'g': the element (this item is the separator)
};
struct Alt {
  std::vector<Item> items;
  std::string action;
  bool has_action = false;
  int line = 0;
};
struct Rule {
  std::string name, type;
  std::set<std::string> flags;
  std::vector<std::shared_ptr<Alt>> alts;
  int line = 0;
};

}  // namespace spec

// The spec is first checked against the PEGTL grammar above (which gives a clear error
// position), then read into Rule/Alt/Item by this small recursive reader that follows
// the same grammar (nested groups are simpler to build top-down).
namespace reader {

using spec::Alt;
using spec::Item;
using spec::Rule;

struct Reader {
  std::string s;
  std::size_t i = 0;
  int line_at(std::size_t p) const {
    int l = 1;
    for (std::size_t k = 0; k < p && k < s.size(); ++k) l += s[k] == '\n';
    return l;
  }
  [[noreturn]] void fail(const std::string& msg) {
    std::cerr << "peg_gen: line " << line_at(i) << ": " << msg << "\n";
    std::exit(1);
  }
  void skip() {
    for (;;) {
      while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
      if (i < s.size() && s[i] == '#') {
        while (i < s.size() && s[i] != '\n') ++i;
        continue;
      }
      return;
    }
  }
  bool peek(char c) {
    skip();
    return i < s.size() && s[i] == c;
  }
  bool eat(const std::string& t) {
    skip();
    if (s.compare(i, t.size(), t) == 0) {
      i += t.size();
      return true;
    }
    return false;
  }
  std::string ident() {
    skip();
    std::size_t b = i;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_')) ++i;
    if (b == i) fail("expected a name");
    return s.substr(b, i - b);
  }
  bool at_ident() {
    skip();
    return i < s.size() && (std::isalpha(static_cast<unsigned char>(s[i])) || s[i] == '_');
  }
  // Is the text at i the start of a new rule definition (`name (flags)? ->`)?
  bool at_rule_start() {
    std::size_t save = i;
    bool yes = false;
    if (at_ident()) {
      ident();
      skip();
      if (i < s.size() && s[i] == '(') {
        while (i < s.size() && s[i] != ')') ++i;
        ++i;
      }
      skip();
      yes = s.compare(i, 2, "->") == 0;
    }
    i = save;
    return yes;
  }
  std::string action() {
    skip();
    std::size_t b = i;
    int depth = 0;
    do {
      if (i >= s.size()) fail("unterminated action");
      if (s[i] == '{') ++depth;
      else if (s[i] == '}') --depth;
      ++i;
    } while (depth > 0);
    return s.substr(b + 1, i - b - 2);
  }
  Item atom() {
    skip();
    Item it;
    if (eat("(")) {
      it.kind = Item::Group;
      it.alts = alternatives(')');
      if (!eat(")")) fail("expected ')'");
    } else if (eat("[")) {
      it.kind = Item::Optional;
      it.alts = alternatives(']');
      if (!eat("]")) fail("expected ']'");
    } else if (peek('\'') || peek('"')) {
      char q = s[i++];
      std::size_t b = i;
      while (i < s.size() && s[i] != q) ++i;
      it.kind = q == '\'' ? Item::Literal : Item::Soft;
      it.text = s.substr(b, i - b);
      ++i;
    } else {
      it.kind = Item::Ref;
      it.text = ident();
    }
    return it;
  }
  Item item() {
    skip();
    if (eat("~")) {
      Item c;
      c.kind = Item::Cut;
      return c;
    }
    std::string bind;
    {
      std::size_t save = i;
      if (at_ident()) {
        std::string n = ident();
        if (i < s.size() && s[i] == '=' && (i + 1 >= s.size() || s[i + 1] != '=')) {
          ++i;
          bind = n;
        } else {
          i = save;
        }
      }
    }
    std::string prefix;
    if (eat("&&")) prefix = "&&";
    else if (eat("&")) prefix = "&";
    else if (eat("!")) prefix = "!";
    Item it = atom();
    if (i < s.size() && (s[i] == '?' || s[i] == '*' || s[i] == '+')) {
      it.suffix = s[i++];
    } else if (i + 1 < s.size() && s[i] == '.' && s[i + 1] != '.') {
      ++i;
      Item elem = atom();
      if (i >= s.size() || s[i] != '+') fail("a gather sep.elem needs '+'");
      ++i;
      Item g;
      g.kind = it.kind;
      g = it;
      g.suffix = 'g';
      g.gather_elem = std::make_shared<Item>(elem);
      it = g;
    }
    it.bind = bind;
    it.prefix = prefix;
    return it;
  }
  std::shared_ptr<Alt> alternative(char close) {
    auto a = std::make_shared<Alt>();
    a->line = line_at(i);
    for (;;) {
      skip();
      if (i >= s.size() || s[i] == '|' || s[i] == close || s[i] == '{') break;
      if (close == 0 && at_rule_start()) break;
      a->items.push_back(item());
    }
    if (peek('{')) {
      a->action = action();
      a->has_action = true;
    }
    if (a->items.empty()) fail("empty alternative");
    return a;
  }
  std::vector<std::shared_ptr<Alt>> alternatives(char close) {
    std::vector<std::shared_ptr<Alt>> out;
    eat("|");
    out.push_back(alternative(close));
    while (eat("|")) out.push_back(alternative(close));
    return out;
  }
  std::vector<Rule> rules() {
    std::vector<Rule> out;
    for (;;) {
      skip();
      if (i >= s.size()) break;
      Rule r;
      r.line = line_at(i);
      r.name = ident();
      if (eat("(")) {
        for (;;) {
          r.flags.insert(ident());
          if (eat(")")) break;
          if (!eat(",")) fail("expected ',' or ')' in flags");
        }
      }
      if (!eat("->")) fail("expected '->' after rule name " + r.name);
      skip();
      std::size_t b = i;
      while (i < s.size() && s[i] != '\n' && !(s[i] == ':' && (i + 1 >= s.size() || s[i + 1] != ':'))) ++i;
      r.type = s.substr(b, i - b);
      while (!r.type.empty() && r.type.back() == ' ') r.type.pop_back();
      if (!eat(":")) fail("expected ':' after the type of " + r.name);
      r.alts = alternatives(0);
      out.push_back(r);
    }
    return out;
  }
};

}  // namespace reader

// ---------------- code generation ----------------
namespace emit {

using spec::Alt;
using spec::Item;
using spec::Rule;

const std::set<std::string> kTokens = {"NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
                                       "ENDMARKER", "ASYNC", "AWAIT"};

// Operator text -> exact token type name (Python 3.11's operators).
const std::map<std::string, std::string> kOps = {
    {"(", "LPAR"}, {")", "RPAR"}, {"[", "LSQB"}, {"]", "RSQB"}, {":", "COLON"}, {",", "COMMA"},
    {";", "SEMI"}, {"+", "PLUS"}, {"-", "MINUS"}, {"*", "STAR"}, {"/", "SLASH"}, {"|", "VBAR"},
    {"&", "AMPER"}, {"<", "LESS"}, {">", "GREATER"}, {"=", "EQUAL"}, {".", "DOT"}, {"%", "PERCENT"},
    {"{", "LBRACE"}, {"}", "RBRACE"}, {"==", "EQEQUAL"}, {"!=", "NOTEQUAL"}, {"<=", "LESSEQUAL"},
    {">=", "GREATEREQUAL"}, {"~", "TILDE"}, {"^", "CIRCUMFLEX"}, {"<<", "LEFTSHIFT"},
    {">>", "RIGHTSHIFT"}, {"**", "DOUBLESTAR"}, {"+=", "PLUSEQUAL"}, {"-=", "MINEQUAL"},
    {"*=", "STAREQUAL"}, {"/=", "SLASHEQUAL"}, {"%=", "PERCENTEQUAL"}, {"&=", "AMPEREQUAL"},
    {"|=", "VBAREQUAL"}, {"^=", "CIRCUMFLEXEQUAL"}, {"<<=", "LEFTSHIFTEQUAL"},
    {">>=", "RIGHTSHIFTEQUAL"}, {"**=", "DOUBLESTAREQUAL"}, {"//", "DOUBLESLASH"},
    {"//=", "DOUBLESLASHEQUAL"}, {"@", "AT"}, {"@=", "ATEQUAL"}, {"->", "RARROW"},
    {"...", "ELLIPSIS"}, {":=", "COLONEQUAL"}, {"<>", "NOTEQUAL"}};

struct Gen {
  std::vector<Rule> rules;
  std::map<std::string, const Rule*> by_name;
  std::set<std::string> keywords, soft_keywords;
  std::ostringstream decls, defs, actions, traits;
  int group_counter = 0;
  int memo_counter = 0;
  int errors = 0;

  void error(int line, const std::string& m) {
    std::cerr << "peg_gen: grammar line " << line << ": " << m << "\n";
    ++errors;
  }

  static std::string cname(const std::string& rule) { return "r_" + rule; }

  // The C++ type a value of rule type `t` is bound as in an action.
  static std::string binding_type(const std::string& t) {
    if (t == "Tok") return "const Tok*";
    if (!t.empty() && t.back() == '*') return "std::vector<" + binding_type(t.substr(0, t.size() - 1)) + ">";
    return t + "*";
  }

  // The rule type of an item's value ("" = the item pushes no value).
  std::string item_type(const Item& it, int line) {
    if (it.prefix == "&" || it.prefix == "!" || it.kind == Item::Cut) return "";
    std::string base;
    switch (it.kind) {
      case Item::Ref:
        if (kTokens.count(it.text)) base = "Tok";
        else if (by_name.count(it.text)) base = by_name.at(it.text)->type;
        else error(line, "unknown rule " + it.text);
        break;
      case Item::Literal:
      case Item::Soft:
        base = "Tok";
        break;
      case Item::Group:
      case Item::Optional:
        base = group_type(it, line);
        break;
      case Item::Cut:
        return "";
    }
    if (it.suffix == 'g') {
      return item_type(*it.gather_elem, line) + "*";
    }
    if (it.suffix == '*' || it.suffix == '+') return base + "*";
    return base;
  }

  // A group's type: that of its first alternative's value (its one named item, or
  // its only value item); "void" if it has none or several (used only to match).
  std::string group_type(const Item& it, int line) {
    const Alt& a = *it.alts.front();
    std::vector<std::string> types, named;
    for (const auto& sub : a.items) {
      std::string t = item_type(sub, line);
      if (t.empty()) continue;
      types.push_back(t);
      if (!sub.bind.empty()) named.push_back(t);
    }
    if (a.has_action) {
      error(line, "actions inside groups need a named rule instead");
      return "void";
    }
    if (named.size() == 1) return named.front();
    if (types.size() == 1) return types.front();
    return "void";
  }

  // The PEGTL rule expression for an item (without binding).
  std::string item_rule(const Item& it, const std::string& owner, int line) {
    std::string base;
    switch (it.kind) {
      case Item::Cut:
        return "cut";
      case Item::Ref:
        if (kTokens.count(it.text)) base = "tok_t<tok::Type::" + it.text + ">";
        else if (by_name.count(it.text)) base = cname(it.text);
        else error(line, "unknown rule " + it.text);
        break;
      case Item::Literal: {
        const std::string& t = it.text;
        if (std::isalpha(static_cast<unsigned char>(t[0])) || t[0] == '_') {
          keywords.insert(t);
          base = "kw<Kw::k_" + t + ">";
        } else if (kOps.count(t)) {
          base = "tok_t<tok::Type::" + kOps.at(t) + ">";
        } else {
          error(line, "unknown operator '" + t + "'");
        }
        break;
      }
      case Item::Soft:
        soft_keywords.insert(it.text);
        base = "soft<Soft::s_" + it.text + ">";
        break;
      case Item::Group:
      case Item::Optional: {
        std::string g = owner + "__g" + std::to_string(++group_counter);
        emit_alternatives(g, it.alts, group_type(it, line), false, line);
        base = it.kind == Item::Optional ? "opt_v<" + g + ">" : g;
        break;
      }
    }
    if (it.suffix == '?') base = "opt_v<" + base + ">";
    else if (it.suffix == '*') base = "star_v<" + base + ">";
    else if (it.suffix == '+') base = "plus_v<" + base + ">";
    else if (it.suffix == 'g') base = "gather_v<" + base + ", " + item_rule(*it.gather_elem, owner, line) + ">";
    if (it.prefix == "&") return "pegtl::at<" + base + ">";
    if (it.prefix == "!") return "pegtl::not_at<" + base + ">";
    if (it.prefix == "&&") {
      std::string what = it.kind == Item::Literal ? it.text : it.text;
      return "forced<" + base + ", " + string_literal_name(what) + ">";
    }
    return base;
  }

  std::map<std::string, std::string> forced_names;
  std::string string_literal_name(const std::string& text) {
    auto f = forced_names.find(text);
    if (f != forced_names.end()) return f->second;
    std::string n = "forced_text_" + std::to_string(forced_names.size());
    forced_names[text] = n;
    return n;
  }

  // Rewrites @Ctor(args) in an action to make::Ctor(A, args, L).
  static std::string expand_action(const std::string& code) {
    std::string out;
    for (std::size_t i = 0; i < code.size(); ++i) {
      if (code[i] == '@' && i + 1 < code.size() && std::isalpha(static_cast<unsigned char>(code[i + 1]))) {
        std::size_t b = i + 1, e = b;
        while (e < code.size() && (std::isalnum(static_cast<unsigned char>(code[e])) || code[e] == '_')) ++e;
        std::string ctor = code.substr(b, e - b);
        // find matching ')' of the argument list
        std::size_t p = e;
        while (p < code.size() && code[p] == ' ') ++p;
        if (p >= code.size() || code[p] != '(') {
          out += code.substr(i, e - i);
          i = e - 1;
          continue;
        }
        int depth = 0;
        std::size_t q = p;
        for (; q < code.size(); ++q) {
          if (code[q] == '(') ++depth;
          else if (code[q] == ')' && --depth == 0) break;
        }
        std::string args = expand_action(code.substr(p + 1, q - p - 1));
        bool empty = args.find_first_not_of(" \n\t") == std::string::npos;
        out += "make::" + ctor + "(A, " + (empty ? "" : args + ", ") + "L)";
        i = q;
      } else {
        out += code[i];
      }
    }
    return out;
  }

  // Emits the alternatives of rule (or group) `name` with value type `type`.
  void emit_alternatives(const std::string& name, const std::vector<std::shared_ptr<Alt>>& alts,
                         const std::string& type, bool is_rule, int line) {
    std::vector<std::string> alt_names;
    for (std::size_t k = 0; k < alts.size(); ++k) {
      const Alt& a = *alts[k];
      std::string an = name + "__a" + std::to_string(k + 1);
      alt_names.push_back(an);
      std::vector<std::string> parts;
      struct Val {
        std::string bind, type;
      };
      std::vector<Val> vals;
      for (const Item& it : a.items) {
        parts.push_back(item_rule(it, name, a.line));
        std::string t = item_type(it, a.line);
        if (!t.empty()) vals.push_back({it.bind, t});
        else if (!it.bind.empty()) error(a.line, "binding of an item with no value: " + it.bind);
      }
      decls << "struct " << an << ";\n";
      defs << "struct " << an << " : alt<";
      for (std::size_t p = 0; p < parts.size(); ++p) defs << (p ? ", " : "") << parts[p];
      defs << "> {};\n";
      // the action
      std::string code;
      if (a.has_action) {
        code = expand_action(a.action);
      } else {
        int named = 0, idx = -1;
        for (std::size_t v = 0; v < vals.size(); ++v)
          if (!vals[v].bind.empty()) ++named, idx = static_cast<int>(v);
        if (vals.size() == 1) continue;  // the single value stays on the stack
        if (named == 1) {
          code = vals[idx].bind;
        } else if (vals.empty()) {
          code = "nullptr";
        } else if (type == "void" || !is_rule) {
          code = "nullptr";  // matched only for its shape
        } else {
          error(a.line, "alternative of " + name + " with several values needs an action");
        }
      }
      actions << "template <> struct action<gen::" << an << "> {\n";
      actions << "  static bool apply(const Span& span, State& st) {\n";
      actions << "    using namespace peppy::ast;\n";
      actions << "    [[maybe_unused]] ast::Arena& A = st.arena;\n";
      actions << "    [[maybe_unused]] const Loc L = st.loc(span);\n";
      for (std::size_t v = vals.size(); v-- > 0;) {
        if (vals[v].bind.empty()) {
          actions << "    st.pop();\n";
        } else {
          actions << "    [[maybe_unused]] " << binding_type(vals[v].type) << " " << vals[v].bind
                  << " = conv<" << binding_type(vals[v].type) << ">(st.pop());\n";
        }
      }
      // As in pegen, an action that gives no value (nullptr) fails its alternative: an
      // action of a void rule runs for its effect (raising an error) and then fails.
      if (type == "void" && a.has_action) {
        actions << "    (void)(" << code << ");\n    return false;\n";
      } else if (type == "void") {
        actions << "    st.push(nullptr);\n    return true;\n";
      } else if (a.has_action && binding_type(type).back() == '*') {
        actions << "    V value_ = to_value<" << binding_type(type) << ">(st, " << code << ");\n";
        actions << "    if (!value_) return false;\n    st.push(value_);\n    return true;\n";
      } else {
        actions << "    st.push(to_value<" << binding_type(type) << ">(st, " << code << "));\n    return true;\n";
      }
      actions << "  }\n};\n";
    }
    decls << "struct " << name << ";\n";
    defs << "struct " << name << " : rule_sor<" << (is_rule ? "true" : "false");
    for (const auto& an : alt_names) defs << ", " << an;
    defs << "> {};\n";
    (void)line;
  }

  void run(std::ostream& out) {
    for (const Rule& r : rules) {
      if (by_name.count(r.name)) error(r.line, "rule defined twice: " + r.name);
      by_name[r.name] = &r;
    }
    for (const Rule& r : rules) {
      std::string name = cname(r.name);
      emit_alternatives(name, r.alts, r.type, true, r.line);
      bool memo = r.flags.count("memo") > 0, leftrec = r.flags.count("leftrec") > 0;
      bool invalid = r.flags.count("invalid") > 0, no_invalid = r.flags.count("noinvalid") > 0;
      for (const auto& f : r.flags)
        if (f != "memo" && f != "leftrec" && f != "invalid" && f != "noinvalid") error(r.line, "unknown flag " + f);
      traits << "template <> struct rule_info<gen::" << name << "> {\n"
             << "  static constexpr const char* name = \"" << r.name << "\";\n"
             << "  static constexpr bool is_rule = true;\n"
             << "  static constexpr int memo_id = " << ((memo || leftrec) ? ++memo_counter : 0) << ";\n"
             << "  static constexpr bool left_rec = " << (leftrec ? "true" : "false") << ";\n"
             << "  static constexpr bool invalid = " << (invalid ? "true" : "false") << ";\n"
             << "  static constexpr bool no_invalid = " << (no_invalid ? "true" : "false") << ";\n"
             << "};\n";
    }
    out << "// Generated by gen/peg/peg_gen from grammar/*.peg: do not edit; edit the grammar.\n";
    out << "// The PEGTL rules of Python 3.11's grammar over peppy's token input, with the\n";
    out << "// actions that build the AST. Included once, by src/parse/parser.cpp.\n";
    out << "#pragma once\n\n#include \"parse/actions.hpp\"\n#include \"parse/runtime.hpp\"\n\n";
    out << "namespace peppy::parse::gen {\n\nusing namespace peppy::ast;\n\n";
    out << "// Hard keywords the grammar uses, and soft keywords.\n";
    out << "enum class Kw : int { none";
    for (const auto& k : keywords) out << ", k_" << k;
    out << " };\n";
    out << "inline constexpr std::pair<std::u32string_view, Kw> kKeywords[] = {\n";
    for (const auto& k : keywords) out << "  {U\"" << k << "\", Kw::k_" << k << "},\n";
    out << "};\n";
    out << "enum class Soft : int { none";
    for (const auto& k : soft_keywords) out << ", s_" << k;
    out << " };\n";
    out << "inline constexpr std::pair<std::u32string_view, Soft> kSoftKeywords[] = {\n";
    for (const auto& k : soft_keywords) out << "  {U\"" << k << "\", Soft::s_" << k << "},\n";
    out << "};\n";
    out << "inline constexpr int kMemoRules = " << memo_counter << ";\n\n";
    for (const auto& [text, n] : forced_names) {
      out << "struct " << n << " { static constexpr const char* text = \"";
      for (char c : text) {
        if (c == '"' || c == '\\') out << '\\';
        out << c;
      }
      out << "\"; };\n";
    }
    out << "\n" << decls.str() << "\n" << defs.str() << "\n}  // namespace peppy::parse::gen\n\n";
    out << "// The rules' traits and the alternatives' actions (specializations of runtime.hpp's\n";
    out << "// rule_info and action).\nnamespace peppy::parse {\n\n";
    out << traits.str() << "\n" << actions.str() << "\n}  // namespace peppy::parse\n";
  }
};

}  // namespace emit

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: peg_gen OUT.hpp SPEC.peg...\n";
    return 2;
  }
  std::vector<spec::Rule> rules;
  for (int a = 2; a < argc; ++a) {
    // Check the whole spec against its PEGTL grammar first: a clear error position.
    pegtl::file_input<> in(argv[a]);
    try {
      if (!pegtl::parse<pegtl::must<spec::grammar>>(in)) {
        std::cerr << "peg_gen: " << argv[a] << ": not a grammar spec\n";
        return 1;
      }
    } catch (const pegtl::parse_error& e) {
      std::cerr << "peg_gen: " << e.what() << "\n";
      return 1;
    }
    std::ifstream f(argv[a]);
    std::stringstream ss;
    ss << f.rdbuf();
    reader::Reader r;
    r.s = ss.str();
    auto more = r.rules();
    rules.insert(rules.end(), more.begin(), more.end());
  }
  emit::Gen g;
  g.rules = rules;
  std::ostringstream out;
  g.run(out);
  if (g.errors) return 1;
  std::ofstream o(argv[1]);
  o << out.str();
  return o ? 0 : 1;
}
