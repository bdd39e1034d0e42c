// tokenizer.cpp: the tokenizer's entry point and its tables: token type names and the
// operator table (both from tokens.def); decoding, then the scanner of the chosen mode.
#include "tok/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "tok/scanner.hpp"
#include "tok/source.hpp"

namespace peppy::tok {

// ---------------------------------------------------------------------------
// Token type names and the operator table (from tokens.def)
// ---------------------------------------------------------------------------

namespace {

constexpr std::string_view kTypeNames[] = {
#define TOKEN(name) #name,
#include "tok/tokens.def"
};

struct OperatorText {
  std::string_view text;
  Type type;
};

constexpr OperatorText kOperators[] = {
#define OPERATOR(name, text) {text, Type::name},
#include "tok/tokens.def"
};

}  // namespace

std::string_view type_name(Type t) { return kTypeNames[static_cast<int>(t)]; }

Type operator_type(std::u32string_view text) {
  for (const auto& op : kOperators) {
    if (op.text.size() != text.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < text.size(); ++i) same &= (char32_t)op.text[i] == text[i];
    if (same) return op.type;
  }
  return Type::OP;
}

namespace detail {

// Operators by first character, longest first (built once from kOperators).
struct OperatorIndex {
  std::array<std::vector<OperatorText>, 128> by_first;
  OperatorIndex() {
    for (const auto& op : kOperators) by_first[static_cast<unsigned char>(op.text[0])].push_back(op);
    for (auto& v : by_first) {
      std::stable_sort(v.begin(), v.end(),
                       [](const OperatorText& a, const OperatorText& b) { return a.text.size() > b.text.size(); });
    }
  }
};

std::size_t match_operator(std::u32string_view s, std::size_t i, Type& type) {
  static const OperatorIndex index;
  if (i >= s.size() || s[i] >= 128) return 0;
  for (const auto& op : index.by_first[s[i]]) {
    if (i + op.text.size() > s.size()) continue;
    std::size_t k = 1;
    while (k < op.text.size() && s[i + k] == static_cast<char32_t>(op.text[k])) ++k;
    if (k == op.text.size()) {
      type = op.type;
      return k;
    }
  }
  return 0;
}

}  // namespace detail

Result tokenize(std::string_view bytes, std::string filename, Mode mode) {
  Result r;
  r.source.filename = std::move(filename);
  if (auto err = load_source(bytes, mode, r.source)) {
    r.error = std::move(err);
    return r;
  }
  if (mode == Mode::Compat) detail::scan_compat(r);
  else detail::scan_strict(r);
  return r;
}

}  // namespace peppy::tok
