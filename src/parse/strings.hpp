// strings.hpp: what the parser does with STRING tokens, as CPython 3.11 does it: decoding
// str and bytes literals (escapes, raw strings, \N{name}), splitting f-strings into
// literal text and replacement fields, and joining adjacent STRING tokens (implicit
// concatenation) into one Constant or one JoinedStr. The parser parses the fields'
// expressions itself and builds the nodes; everything else, with CPython's error
// messages, positions and warnings, is here. Every fact below was found by running
// CPython 3.11.7 (ast.parse), and the unit tests (tests/unit/test_strings.cpp) pin them.
//
// Results, not exceptions: every entry point returns a [[nodiscard]] struct whose
// `error` is set when CPython would raise a SyntaxError; its other fields then hold
// what was made before the error (nothing the parser should use).
//
// WHERE CPYTHON PUTS THE NODES (JoinedStr, Constant, FormattedValue)
//   "Whole span" below is from the start of the first STRING token to the end of the
//   last one (StringsResult::lineno..end_col_offset); "token span" is the span of the
//   token holding a field (tokens[field.expr.token]).
//   * whole span: the Constant of plain strings; the JoinedStr; every Constant part of
//     the JoinedStr; every FormattedValue, at any depth (in format specs too); the
//     Constant parts of a format spec that are followed by another part.
//   * token span: every format_spec JoinedStr, and the LAST part of a format spec when
//     it is literal text (CPython closes a spec with its own token as both ends).
//   Constant.kind is "u" when the FIRST token's text starts with a lower-case 'u' (not
//   'U'), for the Constant of plain strings and every Constant part, except the last
//   literal part of a format spec, whose kind is always None (it takes the kind of its
//   own token, an f-string). Example: u'a' f'{x:{y=}b{z:q}}' 'c' (one line) gives
//   'a', 'y=', 'b', 'c' with kind 'u' and the whole span; the specs of x and of z span
//   the f-string token only; 'q' spans that token, kind None.
//   A JoinedStr is made as soon as one token is an f-string. Adjacent literal text is
//   merged into one Constant part (across tokens too, and with the "x=" text of
//   `{x=}`); empty literal parts are dropped: f'' and f'' '' give JoinedStr([]). A
//   format spec is a JoinedStr even when empty ({x:} gives format_spec=JoinedStr([])).
//   Only the nodes parsed from a field's expression have positions of their own:
//
// WHERE A FIELD'S EXPRESSION NODES GO (CPython 3.11 parses "(" + text + ")" on its own
//   and shifts the positions of its tokens; see FieldExpr::map)
//   Let the field's '{' be in token t, with `lines` newlines in t's text before it.
//     base_lineno = t.lineno + lines
//     base_col    = the UTF-8 column of '{' in its source line, that is
//                   t.col_offset + (bytes of t's text before '{')   if lines == 0
//                   (bytes from the last newline to '{')            if lines > 0
//     except when the expression text is [ \t\f]* followed by a newline ("newline after
//     the brace"): base_col = (lines == 0 ? t.col_offset : 0).
//   A token of "(" + text + ")" at sub-line l, byte column c, ending at sub-line el,
//   byte column ec (lines from 1, columns from 0, "(" at line 1 column 0) gets
//     lineno = base_lineno + l - 1,  end_lineno = base_lineno + el - 1,
//     col_offset = (el == 1 ? base_col + c : c),  end_col_offset = (el == 1 ? base_col + ec : ec).
//   So "(" sits where '{' is and tokens on the first line land on their true columns,
//   and later lines keep their own columns (true as well). The quirk: the test is on
//   the token's END line, so a token that starts on the first line and ends on a later
//   one (a triple-quoted string) keeps its unshifted start column:
//   f'''{"""a\nb"""}''' gives the Constant 'a\nb' col_offset 1, not 4.
//   Examples (Name x): f'{x}' 1:3; f'  {x}' 1:5; rf'{x}' 1:4; f'{ x }' 1:4;
//   f'a' f'{x}' 1:8; 'abc' f'{x}' 1:9; f'é{x}' 1:5 (bytes); f'''\n{x}''' 2:1;
//   f'''{\n  x}''' 2:2; x = f'''a\nb{y}''' y at 2:2; x = f'''{\nx,y}''' Tuple at 1:4.
//   A STRING token inside an expression is handed back to this file with its mapped
//   position, so nested f-strings follow the same rule from there.
//   Errors from parsing the expression (the parser's job) read "f-string: " + the usual
//   message (tokenizer errors such as "too many nested parentheses" get no prefix) and
//   are placed with lines mapped as above but columns NOT shifted: f'{a b}' and
//   x = f'{a b}' both report 1:2-1:5 (the columns within "(a b)").
//
// WHERE THE ERRORS GO (StringError::place)
//   Most errors are CPython's RAISE_SYNTAX_ERROR: placed at the LAST TOKEN THE PARSER
//   HAS FETCHED, i.e. the token right after the last STRING token, the one that ended
//   STRING+ (`'\x'` alone on a line: the NEWLINE, 1:5-1:5; `print('\x')`: the ')',
//   1:11-1:12; `x = '\x' if 1 else 2`: the 'if', 1:10-1:12). Only "bytes can only
//   contain ASCII literal characters" is placed on its STRING token's span
//   (ErrorPlace::Token, given AST-style in UTF-8 columns). Either way the parser turns
//   byte columns into SyntaxError offsets as for all its errors: in `python3 FILE`,
//   offset = the code points in the first col+1 bytes of line `lineno`, and end_offset
//   likewise from the SAME line, clamped to its length + 1 (x = b"""\né""" gives
//   1:5-2:6: the 6 is counted on line 1).
//   Errors come in CPython's order: token by token; within a token in source order;
//   a field's expression is parsed (ExprHook) right after its text is scanned, before
//   its '=', '!' conversion and format spec are looked at, so f'{a b!z}' reports the
//   expression's syntax error, not the conversion. A literal chunk of an f-string is
//   decoded (and may fail) before the field after it is scanned.
//
// WARNINGS (DeprecationWarning; under -W error a SyntaxError at the token's span, its
//   offsets converted as above)
//   "invalid escape sequence '\d'" and "invalid octal escape sequence '\777'" (octal
//   values above 0o377), once per decoded piece (the first offending escape of a token,
//   or of each literal chunk of an f-string), plus one "invalid escape sequence '\{'"
//   for every backslash before a '{' in a non-raw f-string's literal text.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace peppy::parse {

// One STRING token, as the parser has it.
struct StringToken {
  std::u32string_view text;  // prefix + quotes + body, exactly as in the (newline-translated) source
  int lineno = 0, col_offset = 0;          // start: line (1-based), column in UTF-8 bytes
  int end_lineno = 0, end_col_offset = 0;  // end, same units
};

// Where CPython reports a string error.
enum class ErrorPlace {
  LastToken,  // at the last token the parser has fetched (RAISE_SYNTAX_ERROR); positions unset
  Token,      // at the span of tokens[token] (RAISE_ERROR_KNOWN_LOCATION); positions set
  Hook,       // the ExprHook returned false: the parser's own error stands; message empty
};

// A SyntaxError as CPython raises it for a string literal.
struct StringError {
  std::string message;  // SyntaxError.msg, UTF-8
  ErrorPlace place = ErrorPlace::LastToken;
  std::size_t token = 0;  // index of the STRING token being processed
  // place == Token: the token's span, AST-style (UTF-8 byte columns from 0); the parser
  // turns it into SyntaxError offsets as it does for every error placed by position.
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// A DeprecationWarning CPython issues for a literal (see the header comment).
struct StringWarning {
  std::string message;    // e.g. "invalid escape sequence '\d'"
  std::size_t token = 0;  // index of the token; the warning's place is its span, AST-style:
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// The value of one str or bytes literal (not an f-string).
struct [[nodiscard]] Literal {
  bool is_bytes = false;
  std::u32string str;  // str value (may hold lone surrogates, from \ud800 escapes)
  std::string bytes;   // bytes value
  std::optional<StringError> error;
  std::vector<StringWarning> warnings;
};

// Decodes a str or bytes literal token (prefixes r, u, b in any case and order; not f).
// `index` is the token's index, reported in errors and warnings.
Literal decode_literal(const StringToken& token, std::size_t index = 0);

// A replacement field's expression: its text and where its AST nodes go.
struct FieldExpr {
  std::u32string_view text;  // from after '{' to its end ('=', '!', ':' or '}'); never empty or blank
  std::size_t token = 0;     // index of the STRING token holding it
  std::size_t offset = 0;    // where `text` starts in that token's text (code points)
  int base_lineno = 0;       // see the header comment
  int base_col = 0;          // UTF-8 bytes
  void* node = nullptr;      // free for the ExprHook: e.g. the parsed expression

  // The AST position of a token of "(" + text + ")" found at sub-line `line`, byte column
  // `col`, ending at sub-line `end_line`, byte column `end_col` (lines from 1).
  struct Position {
    int lineno, col_offset, end_lineno, end_col_offset;
  };
  Position map(int line, int col, int end_line, int end_col) const {
    return {base_lineno + line - 1, end_line == 1 ? base_col + col : col, base_lineno + end_line - 1,
            end_line == 1 ? base_col + end_col : end_col};
  }
};

struct FPart;

// A replacement field: FormattedValue(value=<expr>, conversion, format_spec).
struct Field {
  FieldExpr expr;
  // 0: none (AST conversion -1), or 's', 'r', 'a' (AST: the character's code). `{x=}`
  // without a conversion or format spec gets 'r'.
  char conversion = 0;
  bool debug = false;            // had '=' (its text is the literal part before the field)
  bool has_format_spec = false;  // had ':' (format_spec = JoinedStr(format_spec), maybe empty)
  std::vector<FPart> format_spec;
};

// A part of a JoinedStr: literal text (a Constant) or a field (a FormattedValue).
struct FPart {
  bool is_field = false;
  std::u32string literal;  // !is_field: never empty
  Field field;             // is_field
};

// Called when CPython would parse a field's expression (before the rest of the field is
// read). It may parse expr.text and keep the result in expr.node; returning false stops
// everything with ErrorPlace::Hook (the hook keeps its own error).
using ExprHook = std::function<bool(FieldExpr&)>;

// The parts of one f-string token (prefix f, F, rf, fR...), literal parts merged.
struct [[nodiscard]] FString {
  std::vector<FPart> parts;
  std::optional<StringError> error;
  std::vector<StringWarning> warnings;
};

// Splits an f-string token. `index` is its index among the tokens being joined.
FString split_fstring(const StringToken& token, std::size_t index = 0, const ExprHook& hook = {});

// Adjacent STRING tokens joined: one Constant (str or bytes) or one JoinedStr.
struct [[nodiscard]] StringsResult {
  enum class Kind { Str, Bytes, JoinedStr };
  Kind kind = Kind::Str;
  std::u32string str;        // Kind::Str
  std::string bytes;         // Kind::Bytes
  std::vector<FPart> parts;  // Kind::JoinedStr: the values, adjacent literals merged
  bool kind_u = false;       // Constant.kind == "u" (Str; literal parts: see WHERE CPYTHON PUTS THE NODES)
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;  // span of all tokens (bytes)
  std::optional<StringError> error;
  std::vector<StringWarning> warnings;
};

// Joins consecutive STRING tokens (at least one) as CPython's `strings` rule does; mixing
// bytes with str or f-strings is "cannot mix bytes and nonbytes literals".
StringsResult concatenate_strings(std::span<const StringToken> tokens, const ExprHook& hook = {});

}  // namespace peppy::parse
