// analyze.hpp: teaches PEGTL's grammar analysis (tao::pegtl::analyze<>(), from
// <tao/pegtl/contrib/analyze.hpp>) the custom rules of runtime.hpp, so that it can be run
// on the generated grammar (parse/parser_rules.hpp) to find cycles without progress:
// a repetition of something that may match nothing, or a rule that may reach itself
// without consuming a token (left recursion).
//
// analyze<> walks the rules through `Rule::rule_t` and the analyze_traits specialisation
// for that type, which says how the rule consumes input:
//   any: consumes a token whenever it succeeds (tok_t, kw, soft);
//   opt: may succeed without consuming (cut, opt_v, lookaheads);
//   seq: consumes iff one of its parts does (alt, forced);
//   sor: consumes iff every one of its alternatives does (rule_sor).
// Repetitions are described the way PEGTL describes its own star/plus: the repetition
// lists itself as a part after its body, so a body that may match nothing shows up as
// a cycle.
//
// Only the unit test (tests/unit/test_parse_grammar.cpp) includes this header; the
// parser itself does not need it.
#pragma once

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "parse/runtime.hpp"

namespace tao::pegtl {

// One token of a given type: always consumes one token when it matches.
template <typename Name, peppy::tok::Type T>
struct analyze_traits<Name, peppy::parse::tok_t<T>> : analyze_any_traits<> {};

// A hard keyword: one NAME token.
template <typename Name, auto K>
struct analyze_traits<Name, peppy::parse::kw<K>> : analyze_any_traits<> {};

// A soft keyword: one NAME token.
template <typename Name, auto S>
struct analyze_traits<Name, peppy::parse::soft<S>> : analyze_any_traits<> {};

// One alternative: its items in sequence.
template <typename Name, typename... Items>
struct analyze_traits<Name, peppy::parse::alt<Items...>> : analyze_seq_traits<Items...> {};

// A rule's (or group's) ordered choice of alternatives; a cut only prunes the choice,
// it does not change what each alternative consumes.
template <typename Name, bool IsRule, typename... Alts>
struct analyze_traits<Name, peppy::parse::rule_sor<IsRule, Alts...>> : analyze_sor_traits<Alts...> {};

// ~ : succeeds without consuming anything.
template <typename Name>
struct analyze_traits<Name, peppy::parse::cut> : analyze_opt_traits<> {};

// [x] : may succeed without consuming.
template <typename Name, typename R>
struct analyze_traits<Name, peppy::parse::opt_v<R>> : analyze_opt_traits<R> {};

// x* : like pegtl::star<x>: optional, with itself after the body so that a body that may
// match nothing is reported as a cycle.
template <typename Name, typename R>
struct analyze_traits<Name, peppy::parse::repeat_v<R, false>> : analyze_opt_traits<R, Name> {};

// x+ : like pegtl::plus<x>: the body, then optionally the repetition again.
template <typename Name, typename R>
struct analyze_traits<Name, peppy::parse::repeat_v<R, true>>
    : analyze_traits<Name, typename seq<R, opt<Name>>::rule_t> {};

// sep.x+ : x, then (sep x)* as a PEGTL star.
template <typename Name, typename Sep, typename R>
struct analyze_traits<Name, peppy::parse::gather_v<Sep, R>>
    : analyze_traits<Name, typename seq<R, star<Sep, R>>::rule_t> {};

// &&x : x, or an exception; consumes what x consumes (like pegtl::must<x>).
template <typename Name, typename R, typename Text>
struct analyze_traits<Name, peppy::parse::forced<R, Text>> : analyze_seq_traits<R> {};

}  // namespace tao::pegtl
