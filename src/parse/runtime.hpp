// runtime.hpp: what the generated parser (gen/peg/peg_gen's output) is made of: the
// PEGTL input over the strict tokenizer's tokens, the parse state with its value stack
// and memo table, the token-matching rules, the value-collecting combinators and the
// control class that adds memoization, left recursion (seed growing), cuts and a depth
// limit to PEGTL.
//
// Values: every rule, in PEGTL's action mode, pushes exactly one value (a `V`, an
// untyped pointer: an AST node, a token, a list of values or a helper struct). A
// failing alternative drops what it pushed. In lookaheads (apply_mode::nothing) no
// values are pushed at all, so the memo table keeps the two modes apart.
#pragma once

#include <tao/pegtl.hpp>

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ast/arena.hpp"
#include "ast/ast_nodes.hpp"
#include "limits.hpp"
#include "tok/tokenizer.hpp"

namespace peppy::parse {

namespace pegtl = tao::pegtl;
using V = void*;

// A token as the parser sees it: what the strict tokenizer made, with AST positions
// (columns in UTF-8 bytes) and its keyword classification.
struct Tok {
  tok::Type type = tok::Type::ENDMARKER;  // NAME, NUMBER, STRING, OP...
  tok::Type exact = tok::Type::ENDMARKER; // exact operator type
  int kw = 0;      // hard keyword id (generated Kw), 0 = none
  int soft = 0;    // soft keyword id (generated Soft), 0 = none
  std::u32string_view text;
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;  // bytes
  int col_chars = 0, end_col_chars = 0;  // code points (for error offsets)
  std::uint32_t index = 0;               // position in the token vector
  int level = 0;                          // bracket depth after this token (as CPython's)
};

// The location of an AST node: CPython's lineno, col_offset, end_lineno, end_col_offset.
struct Loc {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// A syntax error raised while parsing (the parser layer's one error path is this
// exception; the public API in parser.hpp turns it into a result).
struct SyntaxError {
  std::string type = "SyntaxError";  // or IndentationError, TabError, MemoryError
  std::string message;
  int lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;  // offsets: code points, 1-based
  std::optional<std::string> text;  // the line shown, when not the source's line `lineno`
  bool from_tokenizer = false;      // raised by the tokenizer, not by the grammar
  bool at_eof = false;              // placed at the end of the file (see tok::Error::at_eof)
};

// The PEGTL input: a position in the token vector.
class TokenInput {
 public:
  using iterator_t = std::size_t;
  struct action_t;  // not used: control::apply builds a Span instead

  explicit TokenInput(std::size_t size) : size_(size) {}

  template <pegtl::rewind_mode M>
  [[nodiscard]] auto mark() noexcept {
    return pegtl::internal::marker<iterator_t, M>(pos_);
  }
  iterator_t& iterator() noexcept { return pos_; }
  const iterator_t& iterator() const noexcept { return pos_; }
  std::size_t pos() const noexcept { return pos_; }
  void set(std::size_t p) noexcept { pos_ = p; }
  std::size_t size() const noexcept { return size_; }

 private:
  std::size_t pos_ = 0;
  std::size_t size_;
};

// The tokens an alternative matched: [begin, end).
struct Span {
  std::size_t begin, end;
};

// A memoized result of one rule at one position (in one apply mode).
struct Memo {
  bool ok = false;
  std::uint32_t end = 0;
  V value = nullptr;
};

// The memo table: open addressing with linear probing over a power-of-two array of
// (key, Memo) slots; key 0 marks an empty slot (no real key is 0: memo ids start at 1).
// Entries are never removed; the table doubles at half load.
class MemoTable {
 public:
  // The entry for `key`, or null.
  Memo* find(std::uint64_t key) {
    if (slots_.empty()) return nullptr;
    for (std::size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.key == key) return &s.memo;
      if (s.key == 0) return nullptr;
    }
  }
  // The entry for `key`, made (empty) if missing.
  Memo& operator[](std::uint64_t key) {
    if (2 * (used_ + 1) > slots_.size()) grow();
    for (std::size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.key == key) return s.memo;
      if (s.key == 0) {
        s.key = key;
        ++used_;
        return s.memo;
      }
    }
  }
  // Makes room for about n entries.
  void reserve(std::size_t n) {
    std::size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    if (cap > slots_.size()) rehash(cap);
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    Memo memo;
  };
  static std::size_t hash(std::uint64_t k) {
    k ^= k >> 29;
    k *= 0xbf58476d1ce4e5b9ull;
    k ^= k >> 32;
    return static_cast<std::size_t>(k);
  }
  void grow() { rehash(slots_.empty() ? 1024 : slots_.size() * 2); }
  void rehash(std::size_t cap) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    used_ = 0;
    for (const Slot& s : old)
      if (s.key != 0) (*this)[s.key] = s.memo;
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0, used_ = 0;
};

// Everything a parse carries.
struct State {
  const std::vector<Tok>& toks;
  ast::Arena& arena;
  std::vector<V> stack;           // the value stack
  std::size_t furthest = 0;       // furthest token looked at (for "invalid syntax")
  bool cut = false;               // set by ~ inside the current alternative list
  bool second_pass = false;       // the invalid_* rules are tried only then
  int depth = 0;                  // rule nesting, bounded by limits::kMaxParserDepth
  const tok::Source* source = nullptr;  // for error positions and messages
  const tok::Error* tok_error = nullptr;  // where the tokenizer stopped, if it did
  std::vector<std::unique_ptr<void, void (*)(void*)>> owned;  // helper structs (make<T>)
  MemoTable memo;
  std::deque<std::vector<V>> lists;  // storage of list values

  State(const std::vector<Tok>& t, ast::Arena& a) : toks(t), arena(a) {
    stack.reserve(256);
    memo.reserve(t.size() * 4);
  }

  void push(V v) { stack.push_back(v); }
  V pop() {
    V v = stack.back();
    stack.pop_back();
    return v;
  }
  // The token at p, or nullptr past the end (pegen's "fill": remembers how far the
  // parse has looked). Past the last token made before a tokenizer error, that error
  // is raised: the tokenizer is reached lazily, as CPython's is.
  const Tok* peek(std::size_t p) {
    if (p >= toks.size()) {
      // A tokenizer error past the last token is raised as soon as the parser fetches
      // that far, as CPython's parser does.
      if (tok_error) raise_tokenizer_error();
      return nullptr;
    }
    if (p > furthest) furthest = p;
    return &toks[p];
  }
  [[noreturn]] void raise_tokenizer_error() const;

  // A helper struct owned by the parse (freed with the state).
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    T* p = new T(std::forward<Args>(args)...);
    owned.emplace_back(p, [](void* q) { delete static_cast<T*>(q); });
    return p;
  }
  // The location of one token.
  Loc loc_of(const Tok* t) const { return Loc{t->lineno, t->col_offset, t->end_lineno, t->end_col_offset}; }
  std::vector<V>* new_list() { return &lists.emplace_back(); }

  // The location of the tokens [span.begin, span.end): from the first token's start
  // to the end of the last one that is not NEWLINE, INDENT, DEDENT or ENDMARKER.
  Loc loc(const Span& span) const {
    Loc l;
    const Tok& first = toks[span.begin < toks.size() ? span.begin : toks.size() - 1];
    l.lineno = first.lineno;
    l.col_offset = first.col_offset;
    std::size_t e = span.end;
    const Tok* last = &first;
    while (e > 0) {
      const Tok& t = toks[e - 1];
      if (t.type != tok::Type::NEWLINE && t.type != tok::Type::INDENT && t.type != tok::Type::DEDENT &&
          t.type != tok::Type::ENDMARKER) {
        last = &t;
        break;
      }
      --e;
    }
    l.end_lineno = last->end_lineno;
    l.end_col_offset = last->end_col_offset;
    return l;
  }
};

// ---- typed access to values (the generator emits conv<T>/to_value<T> around actions) ----
template <typename T>
struct Conv {
  static T from(V v) { return static_cast<T>(v); }
  static V to(T t) { return const_cast<void*>(static_cast<const void*>(t)); }
};
template <typename T>
struct Conv<std::vector<T>> {
  static std::vector<T> from(V v) {
    std::vector<T> out;
    if (!v) return out;
    const auto& list = *static_cast<const std::vector<V>*>(v);
    out.reserve(list.size());
    for (V x : list) out.push_back(Conv<T>::from(x));
    return out;
  }
};
template <typename T>
T conv(V v) {
  return Conv<T>::from(v);
}

// A value made by an action: pointers pass through; vectors become list values
// stored by the state (State::lists).
template <typename T>
V to_value(State& st, const T& t) {
  if constexpr (std::is_pointer_v<T>) {
    return const_cast<void*>(static_cast<const void*>(t));
  } else if constexpr (std::is_same_v<T, std::nullptr_t>) {
    return nullptr;
  } else {
    std::vector<V>* list = st.new_list();
    list->reserve(t.size());
    for (const auto& x : t) list->push_back(to_value(st, x));
    return list;
  }
}

// Static facts about each generated rule (specialised by the generated header).
template <typename Rule>
struct rule_info {
  static constexpr const char* name = nullptr;
  static constexpr bool is_rule = false;
  static constexpr int memo_id = 0;
  static constexpr bool left_rec = false;
  static constexpr bool invalid = false;
  static constexpr bool no_invalid = false;
};

// Actions: none by default (specialised for alternatives by the generated header).
template <typename Rule>
struct action : pegtl::nothing<Rule> {};

#define PEPPY_RULE_MATCH                                                                       \
  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action, \
            template <typename...> class Control, typename Input>                          \
  [[nodiscard]] static bool match(Input& in, State& st)

// ---- token-matching rules ----

// One token of exact type T (NAME: a name that is no hard keyword).
template <tok::Type T>
struct tok_t {
  using rule_t = tok_t;
  using subs_t = pegtl::type_list<>;
  PEPPY_RULE_MATCH {
    const Tok* t = st.peek(in.pos());
    if (!t) return false;
    bool ok = T == tok::Type::NAME ? (t->type == tok::Type::NAME && t->kw == 0) : t->exact == T;
    if (!ok) return false;
    if constexpr (A == pegtl::apply_mode::action) st.push(const_cast<Tok*>(t));
    in.set(in.pos() + 1);
    return true;
  }
};

// A hard keyword (a NAME token with that text).
template <auto K>
struct kw {
  using rule_t = kw;
  using subs_t = pegtl::type_list<>;
  PEPPY_RULE_MATCH {
    const Tok* t = st.peek(in.pos());
    if (!t || t->type != tok::Type::NAME || t->kw != static_cast<int>(K)) return false;
    if constexpr (A == pegtl::apply_mode::action) st.push(const_cast<Tok*>(t));
    in.set(in.pos() + 1);
    return true;
  }
};

// A soft keyword: a NAME token with that text (it still matches NAME elsewhere).
template <auto S>
struct soft {
  using rule_t = soft;
  using subs_t = pegtl::type_list<>;
  PEPPY_RULE_MATCH {
    const Tok* t = st.peek(in.pos());
    if (!t || t->type != tok::Type::NAME || t->soft != static_cast<int>(S)) return false;
    if constexpr (A == pegtl::apply_mode::action) st.push(const_cast<Tok*>(t));
    in.set(in.pos() + 1);
    return true;
  }
};

// ---- combinators ----

// One alternative: its items in sequence; on failure the position and the values
// pushed so far are dropped.
template <typename... Items>
struct alt {
  using rule_t = alt;
  using subs_t = pegtl::type_list<Items...>;
  PEPPY_RULE_MATCH {
    const std::size_t start = in.pos(), sp = st.stack.size();
    if ((Control<Items>::template match<A, pegtl::rewind_mode::dontcare, Action, Control>(in, st) && ...))
      return true;
    in.set(start);
    st.stack.resize(sp);
    return false;
  }
};

// The alternatives of a rule or group, tried in order; a cut (~) in a failed
// alternative stops the others from being tried.
template <bool IsRule, typename... Alts>
struct rule_sor {
  using rule_t = rule_sor;
  using subs_t = pegtl::type_list<Alts...>;
  PEPPY_RULE_MATCH {
    const bool saved = st.cut;
    bool ok = false;
    (void)((st.cut = false,
            ok = Control<Alts>::template match<A, pegtl::rewind_mode::dontcare, Action, Control>(in, st),
            ok || st.cut) ||
           ...);
    st.cut = saved;
    return ok;
  }
};

// ~ : commits to the current alternative.
struct cut {
  using rule_t = cut;
  using subs_t = pegtl::type_list<>;
  PEPPY_RULE_MATCH {
    (void)in;
    st.cut = true;
    return true;
  }
};

// [x] / x? : always succeeds; pushes nullptr when x is absent.
template <typename R>
struct opt_v {
  using rule_t = opt_v;
  using subs_t = pegtl::type_list<R>;
  PEPPY_RULE_MATCH {
    if (Control<R>::template match<A, pegtl::rewind_mode::dontcare, Action, Control>(in, st)) return true;
    if constexpr (A == pegtl::apply_mode::action) st.push(nullptr);
    return true;
  }
};

// Collects the values pushed above stack position sp into one list value.
inline void collect(State& st, std::size_t sp) {
  std::vector<V>* list = st.new_list();
  list->assign(st.stack.begin() + static_cast<std::ptrdiff_t>(sp), st.stack.end());
  st.stack.resize(sp);
  st.push(list);
}

// x* and x+ : a list of the values of x.
template <typename R, bool AtLeastOne>
struct repeat_v {
  using rule_t = repeat_v;
  using subs_t = pegtl::type_list<R>;
  PEPPY_RULE_MATCH {
    const std::size_t sp = st.stack.size();
    std::size_t n = 0;
    for (;;) {
      const std::size_t before = in.pos();
      if (!Control<R>::template match<A, pegtl::rewind_mode::dontcare, Action, Control>(in, st)) break;
      ++n;
      if (in.pos() == before) break;  // matched nothing: stop, or it would loop forever
    }
    if (AtLeastOne && n == 0) return false;
    if constexpr (A == pegtl::apply_mode::action) collect(st, sp);
    return true;
  }
};
template <typename R>
using star_v = repeat_v<R, false>;
template <typename R>
using plus_v = repeat_v<R, true>;

// sep.x+ : one or more x separated by sep; a list of the values of x only.
template <typename Sep, typename R>
struct gather_v {
  using rule_t = gather_v;
  using subs_t = pegtl::type_list<R, Sep>;
  PEPPY_RULE_MATCH {
    const std::size_t sp = st.stack.size();
    if (!Control<R>::template match<A, pegtl::rewind_mode::dontcare, Action, Control>(in, st)) return false;
    for (;;) {
      const std::size_t before = in.pos();
      if (!Control<Sep>::template match<pegtl::apply_mode::nothing, pegtl::rewind_mode::dontcare, Action,
                                        Control>(in, st))
        break;
      if (!Control<R>::template match<A, pegtl::rewind_mode::dontcare, Action, Control>(in, st)) {
        in.set(before);
        break;
      }
    }
    if constexpr (A == pegtl::apply_mode::action) collect(st, sp);
    return true;
  }
};

// Raises CPython's "expected 'X'" at the current token.
[[noreturn]] void raise_expected(State& st, std::size_t pos, const char* what);

// &&x : x must follow, else "expected 'x'" (even in the first pass).
template <typename R, typename Text>
struct forced {
  using rule_t = forced;
  using subs_t = pegtl::type_list<R>;
  PEPPY_RULE_MATCH {
    if (Control<R>::template match<A, pegtl::rewind_mode::dontcare, Action, Control>(in, st)) return true;
    raise_expected(st, in.pos(), Text::text);
  }
};

// Raised when rules nest deeper than limits::kMaxParserDepth.
[[noreturn]] void raise_too_deep(State& st);

// ---- the control class: memoization, left recursion, invalid rules, depth ----
template <typename Rule>
struct control : pegtl::normal<Rule> {
  using info = rule_info<Rule>;

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename Input>
  [[nodiscard]] static bool match(Input& in, State& st) {
    if constexpr (!info::is_rule) {
      return pegtl::normal<Rule>::template match<A, M, Action, Control>(in, st);
    } else {
      if constexpr (info::invalid) {
        if (!st.second_pass) return false;
      }
      if (++st.depth > limits::kMaxParserDepth) raise_too_deep(st);
      // A rule marked noinvalid is parsed with the invalid_* rules off (pegen does this
      // for rules named *_without_invalid).
      [[maybe_unused]] const bool saved_pass = st.second_pass;
      if constexpr (info::no_invalid) st.second_pass = false;
      bool ok;
      if constexpr (info::memo_id != 0) {
        ok = memoized<A, M, Action, Control>(in, st);
      } else {
        ok = pegtl::normal<Rule>::template match<A, M, Action, Control>(in, st);
      }
      if constexpr (info::no_invalid) st.second_pass = saved_pass;
      --st.depth;
      return ok;
    }
  }

  // Memo key: position, rule, apply mode.
  static std::uint64_t key(std::size_t pos, bool action_mode) {
    return (static_cast<std::uint64_t>(pos) << 16) | (static_cast<std::uint64_t>(info::memo_id) << 1) |
           (action_mode ? 1u : 0u);
  }

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename Input>
  static bool memoized(Input& in, State& st) {
    constexpr bool act = A == pegtl::apply_mode::action;
    const std::size_t start = in.pos();
    const std::uint64_t k = key(start, act);
    if (const Memo* found = st.memo.find(k)) {
      const Memo m = *found;
      if (!m.ok) return false;
      in.set(m.end);
      if constexpr (act) st.push(m.value);
      return true;
    }
    if constexpr (!info::left_rec) {
      const bool ok = pegtl::normal<Rule>::template match<A, M, Action, Control>(in, st);
      Memo m;
      m.ok = ok;
      m.end = static_cast<std::uint32_t>(in.pos());
      if (ok && act) m.value = st.stack.back();
      st.memo[k] = m;
      return ok;
    } else {
      // Seed growing: fail first, then re-parse while the match gets longer.
      st.memo[k] = Memo{};
      Memo best{};
      for (;;) {
        in.set(start);
        const std::size_t sp = st.stack.size();
        const bool ok = pegtl::normal<Rule>::template match<A, M, Action, Control>(in, st);
        const std::size_t end = in.pos();
        if (!ok || (best.ok && end <= best.end)) {
          st.stack.resize(sp);
          break;
        }
        best.ok = true;
        best.end = static_cast<std::uint32_t>(end);
        if constexpr (act) best.value = st.pop();
        st.memo[k] = best;
      }
      if (!best.ok) {
        in.set(start);
        return false;
      }
      in.set(best.end);
      if constexpr (act) st.push(best.value);
      return true;
    }
  }

  // Calls the alternative's action with the span of tokens it matched.
  template <template <typename...> class Action, typename Iterator, typename Input>
  static auto apply(const Iterator& begin, const Input& in, State& st)
      -> decltype(Action<Rule>::apply(std::declval<const Span&>(), st)) {
    return Action<Rule>::apply(Span{begin, in.pos()}, st);
  }
};

}  // namespace peppy::parse
