// peppy::unicode -- lookup_name: the character names of "\N{...}" (see names.hpp).
//
// The names and aliases are front-coded token records in names.inc (the format is
// described in tools/gen_unicode_names.py). A lookup cuts the query into the same
// tokens, maps them to token ids and scans the records once, comparing id sequences;
// the two algorithmic families (CJK unified ideographs, Hangul syllables) are computed.
// \N escapes are rare, so a scan per lookup (a fraction of a millisecond) is enough and
// nothing but the token index is built in memory.
#include "unicode/names.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace peppy::unicode {

namespace {

// An inclusive range of code points (the layout names.inc expects).
struct NameRange {
  char32_t first;
  char32_t last;
};

#include "unicode/names.inc"

constexpr int kBase = static_cast<int>(kSymbols.size());

// The value (0..89) of every symbol character of kNameStream, -1 for other characters.
constexpr std::array<std::int8_t, 128> make_symbol_values() {
  std::array<std::int8_t, 128> values{};
  for (auto& v : values) v = -1;
  for (std::size_t i = 0; i < kSymbols.size(); ++i) {
    values[static_cast<unsigned char>(kSymbols[i])] = static_cast<std::int8_t>(i);
  }
  return values;
}
constexpr std::array<std::int8_t, 128> kSymbolValue = make_symbol_values();

// The value of the stream symbol at `pos` (the generator only writes valid symbols).
int symbol_at(std::size_t pos) { return kSymbolValue[static_cast<unsigned char>(kNameStream[pos]) & 0x7F]; }

// The token index: token text -> id, built from kNameLexicon on first use.
class TokenIndex {
 public:
  // Splits the lexicon at every separator (' ' or '-'): token i is the i-th piece.
  TokenIndex() {
    ids_.reserve(kTokenCount);
    std::size_t begin = 0;
    for (std::size_t i = 1; i <= kNameLexicon.size(); ++i) {
      if (i == kNameLexicon.size() || kNameLexicon[i] == ' ' || kNameLexicon[i] == '-') {
        ids_.emplace(kNameLexicon.substr(begin, i - begin), static_cast<std::uint32_t>(ids_.size()));
        begin = i;
      }
    }
  }

  // The id of a token, or -1 if no name has it.
  std::int64_t id(std::string_view token) const {
    const auto it = ids_.find(token);
    return it == ids_.end() ? -1 : static_cast<std::int64_t>(it->second);
  }

 private:
  std::unordered_map<std::string_view, std::uint32_t> ids_;
};

// The token index, built once (thread-safe static initialization).
const TokenIndex& token_index() {
  static const TokenIndex index;
  return index;
}

// Cuts an upper-cased name into token ids as the generator does: split at spaces, each
// piece at hyphens, every token keeping its separator (the first one counts as ' ').
// False if some token occurs in no name (so no name can match).
bool query_ids(std::string_view upper, std::vector<std::uint32_t>& ids) {
  std::string token;
  char separator = ' ';
  const TokenIndex& index = token_index();
  for (std::size_t i = 0; i <= upper.size(); ++i) {
    if (i == upper.size() || upper[i] == ' ' || upper[i] == '-') {
      token.insert(token.begin(), separator);
      const std::int64_t id = index.id(token);
      if (id < 0) return false;
      ids.push_back(static_cast<std::uint32_t>(id));
      token.clear();
      if (i < upper.size()) separator = upper[i];
    } else {
      token.push_back(upper[i]);
    }
  }
  return true;
}

// Reads a token id (1, 2 or 3 symbols) at pos and advances pos.
std::uint32_t read_id(std::size_t& pos) {
  const int first = symbol_at(pos++) - kFirstIdSymbol;
  if (first < kOneSymbolIds) return static_cast<std::uint32_t>(first);
  if (first < kOneSymbolIds + kTwoSymbolIds) {
    const int second = symbol_at(pos++);
    return static_cast<std::uint32_t>(kOneSymbolIds + (first - kOneSymbolIds) * kBase + second);
  }
  const int second = symbol_at(pos++);
  const int third = symbol_at(pos++);
  return static_cast<std::uint32_t>(kOneSymbolIds + kTwoSymbolIds * kBase +
                                    (first - kOneSymbolIds - kTwoSymbolIds) * kBase * kBase +
                                    second * kBase + third);
}

// Scans the records for the name whose token ids are `query`; its code point or nullopt.
std::optional<char32_t> find_record(const std::vector<std::uint32_t>& query) {
  std::int64_t cp = -1;
  std::size_t matched = 0;  // leading tokens of the current name equal to the query's
  std::size_t pos = 0;
  while (pos < kNameStream.size()) {
    int v = symbol_at(pos++);
    std::int64_t gap = 1;
    if (v == kGapSymbol) {
      gap = 0;
      for (int d = 0; d < kGapDigits; ++d) gap = gap * kBase + symbol_at(pos++);
      v = symbol_at(pos++);
    }
    cp += gap;
    // The first v tokens are the previous name's: they match as far as those did.
    std::size_t length = static_cast<std::size_t>(v);
    if (matched > length) matched = length;
    while (pos < kNameStream.size() && symbol_at(pos) >= kFirstIdSymbol) {
      const std::uint32_t id = read_id(pos);
      if (matched == length && length < query.size() && query[length] == id) ++matched;
      ++length;
    }
    if (matched == query.size() && length == query.size()) return static_cast<char32_t>(cp);
  }
  return std::nullopt;
}

// The index of the longest entry of `table` that `text` starts with at `pos` (-1: none).
template <std::size_t N>
int longest_prefix(const std::string_view (&table)[N], std::string_view text, std::size_t pos) {
  int best = -1;
  for (std::size_t i = 0; i < N; ++i) {
    const std::string_view entry = table[i];
    if (text.substr(pos).substr(0, entry.size()) == entry &&
        (best < 0 || entry.size() > table[best].size())) {
      best = static_cast<int>(i);
    }
  }
  return best;
}

// HANGUL SYLLABLE + leading consonant, vowel, trailing consonant (each the longest
// short name that matches; the vowel is never empty); exact upper case.
std::optional<char32_t> hangul_syllable(std::string_view jamo) {
  std::size_t pos = 0;
  const int l = longest_prefix(kJamoL, jamo, pos);
  if (l < 0) return std::nullopt;
  pos += kJamoL[l].size();
  const int v = longest_prefix(kJamoV, jamo, pos);
  if (v < 0) return std::nullopt;
  pos += kJamoV[v].size();
  const int t = longest_prefix(kJamoT, jamo, pos);
  if (t < 0) return std::nullopt;
  pos += kJamoT[t].size();
  if (pos != jamo.size()) return std::nullopt;
  constexpr int kV = sizeof kJamoV / sizeof kJamoV[0];
  constexpr int kT = sizeof kJamoT / sizeof kJamoT[0];
  return static_cast<char32_t>(0xAC00 + (l * kV + v) * kT + t);
}

// CJK UNIFIED IDEOGRAPH- + 4 or 5 upper-case hex digits naming a unified ideograph.
std::optional<char32_t> cjk_unified(std::string_view hex) {
  if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
  char32_t value = 0;
  for (const char c : hex) {
    if (c >= '0' && c <= '9') {
      value = value * 16 + static_cast<char32_t>(c - '0');
    } else if (c >= 'A' && c <= 'F') {
      value = value * 16 + static_cast<char32_t>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
  }
  for (const NameRange& r : kCjkUnified) {
    if (value >= r.first && value <= r.last) return value;
  }
  return std::nullopt;
}

}  // namespace

// See names.hpp.
std::optional<char32_t> lookup_name(std::string_view name) {
  constexpr std::string_view kHangul = "HANGUL SYLLABLE ";
  constexpr std::string_view kCjk = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, kHangul.size()) == kHangul) return hangul_syllable(name.substr(kHangul.size()));
  if (name.substr(0, kCjk.size()) == kCjk) return cjk_unified(name.substr(kCjk.size()));
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  std::vector<std::uint32_t> ids;
  if (upper.empty() || !query_ids(upper, ids)) return std::nullopt;
  return find_record(ids);
}

}  // namespace peppy::unicode
