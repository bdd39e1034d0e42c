// test_parse_grammar.cpp: PEGTL's static grammar analysis (tao::pegtl::analyze<>) run on
// the generated parser's start rule, gen::r_file (build/src/parse/parser_rules.hpp,
// generated from grammar/python.peg and grammar/errors.peg).
//
// analyze<> reports every "cycle without progress": a repetition whose body may match
// nothing (it would loop forever in plain PEGTL; runtime.hpp's repeat_v stops, but the
// grammar is wrong), or a rule that may reach itself without consuming a token. The
// second is what left recursion is, and our left-recursive rules (flag `leftrec` in the
// grammar) are parsed correctly by the control class's seed growing, so analyze<> is
// expected to report them, and nothing else. The test pins down exactly which cycles are
// reported, so that any new problem makes it fail. A small hand-made grammar checks
// that the analysis does see the mistakes it is meant to catch in our combinators.
//
// analyze<> learns our custom rules (tok_t, kw, alt, rule_sor...) from
// src/parse/analyze.hpp.
#include <doctest/doctest.h>

#include <iostream>
#include <set>
#include <sstream>
#include <string>

#include "parse/actions.hpp"
#include "parse/parser_rules.hpp"
#include "parse/analyze.hpp"

namespace {

// What analyze<> said: its problem count and the cycles it printed on std::cerr, each
// as the set of the rules involved (short names, see short_name()).
struct Analysis {
  std::size_t problems = 0;
  std::set<std::set<std::string>> cycles;
  std::string text;  // everything it printed
};

// The name of a generated rule without its namespace ("peppy::parse::gen::r_sum" ->
// "sum", "peppy::parse::gen::r_sum__a1" -> "sum__a1", an alternative of sum); other
// (unnamed, composite) rules keep their full demangled name.
std::string short_name(const std::string& demangled) {
  const std::string prefix = "peppy::parse::gen::r_";
  if (demangled.rfind(prefix, 0) == 0) return demangled.substr(prefix.size());
  return demangled;
}

// Runs analyze<Start>() verbosely with std::cerr captured, and collects the cycles it
// reported: each "WARNING: Possible cycle without progress at rule X" line is followed
// by the "- involved (transformed) rule: Y" lines of the cycle's rules. (analyze<> tries
// every rule as a start and prints a cycle when it starts at the cycle's first rule in
// name order, so every cycle is printed; its problem count counts each cycle once per
// path into it.)
template <typename Start>
Analysis analyze_grammar() {
  Analysis a;
  std::ostringstream captured;
  std::streambuf* old = std::cerr.rdbuf(captured.rdbuf());
  a.problems = tao::pegtl::analyze<Start>(1);
  std::cerr.rdbuf(old);
  a.text = captured.str();
  std::istringstream lines(a.text);
  const std::string head = "WARNING: Possible cycle without progress at rule ";
  const std::string part = "- involved (transformed) rule: ";
  std::set<std::string> cycle;
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind(head, 0) == 0) {
      if (!cycle.empty()) a.cycles.insert(cycle);
      cycle.clear();
    } else if (line.rfind(part, 0) == 0) {
      cycle.insert(short_name(line.substr(part.size())));
    }
  }
  if (!cycle.empty()) a.cycles.insert(cycle);
  return a;
}

// Prints a set of cycles, one per line, for the failure message.
std::string show(const std::set<std::set<std::string>>& cycles) {
  std::string out;
  for (const auto& c : cycles) {
    out += "  {";
    for (const auto& r : c) out += " " + r;
    out += " }\n";
  }
  return out;
}

// The cycles the grammar is expected to have: those of its left-recursive rules (flag
// `leftrec` in grammar/python.peg), one per alternative that starts with the rule
// itself. attr is reached again through name_or_attr (`attr: name_or_attr '.' NAME`,
// `name_or_attr: attr | NAME`): indirect left recursion, which the seed growing of attr
// handles as pegen's does (attr is the leader of that cycle).
const std::set<std::set<std::string>> kLeftRecursionCycles = {
    {"attr", "attr__a1", "name_or_attr", "name_or_attr__a1"},
    {"bitwise_and", "bitwise_and__a1"},
    {"bitwise_or", "bitwise_or__a1"},
    {"bitwise_xor", "bitwise_xor__a1"},
    {"dotted_name", "dotted_name__a1"},
    {"primary", "primary__a1"},
    {"primary", "primary__a2"},
    {"primary", "primary__a3"},
    {"primary", "primary__a4"},
    {"shift_expr", "shift_expr__a1"},
    {"shift_expr", "shift_expr__a2"},
    {"sum", "sum__a1"},
    {"sum", "sum__a2"},
    {"t_primary", "t_primary__a1"},
    {"t_primary", "t_primary__a2"},
    {"t_primary", "t_primary__a3"},
    {"t_primary", "t_primary__a4"},
    {"term", "term__a1"},
    {"term", "term__a2"},
    {"term", "term__a3"},
    {"term", "term__a4"},
    {"term", "term__a5"},
};

}  // namespace

TEST_CASE("grammar: analyze<> finds no cycle but the left-recursive rules") {
  const Analysis a = analyze_grammar<peppy::parse::gen::r_file>();
  INFO("cycles reported:\n" << show(a.cycles) << "analyze<> output:\n" << a.text);
  CHECK(a.problems > 0);
  CHECK(a.cycles == kLeftRecursionCycles);
}

TEST_CASE("grammar: analyze<> on the f-string start rule finds only left recursion") {
  // gen::r_fstring (an f-string replacement field's expression) reaches a part of the
  // grammar only: its cycles are some of the left-recursive ones.
  const Analysis a = analyze_grammar<peppy::parse::gen::r_fstring>();
  INFO("cycles reported:\n" << show(a.cycles));
  CHECK(!a.cycles.empty());
  for (const auto& c : a.cycles) {
    INFO("cycle:\n" << show({c}));
    CHECK(kLeftRecursionCycles.count(c) == 1);
  }
}

namespace toy {

// A hand-made grammar over our combinators, to check that analyze.hpp describes them
// truly: each rule here is either sound or has one known mistake.
namespace p = peppy::parse;
using Name = p::tok_t<peppy::tok::Type::NAME>;
using Comma = p::tok_t<peppy::tok::Type::COMMA>;

// names: NAME (',' NAME)* [','] — sound.
struct names : p::rule_sor<true, p::alt<p::gather_v<Comma, Name>, p::opt_v<Comma>>> {};
// A repetition of something that may match nothing: (NAME?)*.
struct star_of_opt : p::rule_sor<true, p::alt<p::star_v<p::opt_v<Name>>>> {};
// The same mistake hidden in a plus and a gather: (~ [NAME])+ and [','].[NAME]+ (a
// gather progresses if its separator or its element does: ','.[NAME]+ is sound).
struct plus_of_cut : p::rule_sor<true, p::alt<p::plus_v<p::alt<p::cut, p::opt_v<Name>>>>> {};
struct gather_of_opt : p::rule_sor<true, p::alt<p::gather_v<p::opt_v<Comma>, p::opt_v<Name>>>> {};
struct gather_sound : p::rule_sor<true, p::alt<p::gather_v<Comma, p::opt_v<Name>>>> {};
// Left recursion: lr: lr ',' NAME | NAME.
struct lr : p::rule_sor<true, p::alt<lr, Comma, Name>, p::alt<Name>> {};
// A forced token and keywords in a sequence, after a lookahead — sound.
struct forced_text {
  static constexpr const char* text = ",";
};
struct guarded
    : p::rule_sor<true, p::alt<tao::pegtl::at<Name>, Name, p::forced<Comma, forced_text>, p::plus_v<Name>>> {};

}  // namespace toy

TEST_CASE("grammar: analyze<> sees the mistakes it is meant to catch in our combinators") {
  std::ostringstream quiet;
  std::streambuf* old = std::cerr.rdbuf(quiet.rdbuf());
  const std::size_t sound = tao::pegtl::analyze<toy::names>(-1) + tao::pegtl::analyze<toy::guarded>(-1) +
                            tao::pegtl::analyze<toy::gather_sound>(-1);
  const std::size_t star_of_opt = tao::pegtl::analyze<toy::star_of_opt>(-1);
  const std::size_t plus_of_cut = tao::pegtl::analyze<toy::plus_of_cut>(-1);
  const std::size_t gather_of_opt = tao::pegtl::analyze<toy::gather_of_opt>(-1);
  const std::size_t lr = tao::pegtl::analyze<toy::lr>(-1);
  std::cerr.rdbuf(old);
  CHECK(sound == 0);
  CHECK(star_of_opt > 0);
  CHECK(plus_of_cut > 0);
  CHECK(gather_of_opt > 0);
  CHECK(lr > 0);
}
