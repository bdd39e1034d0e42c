// test_strings.cpp: string literals, f-strings and implicit concatenation
// (peppy::parse::decode_literal / split_fstring / concatenate_strings, src/parse/strings.hpp)
// and \N{...} names (peppy::unicode::lookup_name), against CPython 3.11.
//
// kCases: every expected line was printed by CPython 3.11.7 (ast.parse of the source in
// a file, so positions are those of `python3 FILE`) by a throwaway script, once; the test
// does not run Python. The source is tokenized with peppy's strict tokenizer, its first
// run of STRING tokens joined, and the result printed in the same form:
//   STR[u] 'value' @span         a str Constant (u: kind 'u'), value as Python's ascii()
//   BYTES b'value' @span         a bytes Constant
//   JS[u] [parts] @span          a JoinedStr: 'literal' or F(conversion,'expr'@pos[,spec[parts]])
//   ERR{message}@l:o-el:eo       the SyntaxError: message, lineno, offset, end_lineno, end_offset
//   W[m1|m2]@l:o-el:eo           the DeprecationWarnings, and where the first one would be
//                                raised under -W error
// where span is the node's (lineno:col_offset-end_lineno:end_col_offset, UTF-8 columns),
// 'expr' is the field's expression text without surrounding blanks (the source text of
// CPython's node) and pos the position of its AST node, computed here by tokenizing
// "(" + text + ")" and applying FieldExpr::map to its tokens. Errors placed "at the last
// token" are put, as the parser will, on the token after the strings; byte columns become
// SyntaxError offsets as CPython converts them (code points in the first column+1 bytes
// of the error's first line).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "parse/strings.hpp"
#include "tok/tokenizer.hpp"
#include "unicode/names.hpp"
#include "unicode/unicode.hpp"

using peppy::parse::concatenate_strings;
using peppy::parse::decode_literal;
using peppy::parse::ErrorPlace;
using peppy::parse::FieldExpr;
using peppy::parse::FPart;
using peppy::parse::split_fstring;
using peppy::parse::StringsResult;
using peppy::parse::StringToken;
using peppy::unicode::lookup_name;

namespace {

struct Case {
  const char* source;
  const char* expected;
};

// clang-format off
const Case kCases[] = {
    {"'abc'",
     "STR 'abc' @1:0-1:5"},
    {"\"it's\"",
     "STR \"it's\" @1:0-1:6"},
    {"'\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v'",
     "STR '\\\\ \\' \" \\x07 \\x08 \\x0c \\n \\r \\t \\x0b' @1:0-1:31"},
    {"'\\0\\7\\101\\1234\\08'",
     "STR '\\x00\\x07AS4\\x008' @1:0-1:18"},
    {"'\\777'",
     "W[invalid octal escape sequence '\\777']@1:1-1:7 STR '\\u01ff' @1:0-1:6"},
    {"'\\400'",
     "W[invalid octal escape sequence '\\400']@1:1-1:7 STR '\\u0100' @1:0-1:6"},
    {"'\\377'",
     "STR '\\xff' @1:0-1:6"},
    {"'\\x41\\x7e\\xff'",
     "STR 'A~\\xff' @1:0-1:14"},
    {"'\\u00e9\\u20AC'",
     "STR '\\xe9\\u20ac' @1:0-1:14"},
    {"'\\U0001F600\\U00000041'",
     "STR '\\U0001f600A' @1:0-1:22"},
    {"'\\ud800\\udc00'",
     "STR '\\ud800\\udc00' @1:0-1:14"},
    {"'\\N{LATIN SMALL LETTER A}\\N{EURO SIGN}'",
     "STR 'a\\u20ac' @1:0-1:39"},
    {"'\\N{latin capital letter a}'",
     "STR 'A' @1:0-1:28"},
    {"'\\N{LINE FEED}\\N{LF}\\N{BYTE ORDER MARK}'",
     "STR '\\n\\n\\ufeff' @1:0-1:40"},
    {"'\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}'",
     "STR '\\u4e00\\uac01' @1:0-1:55"},
    {"'\\d\\q'",
     "W[invalid escape sequence '\\d']@1:1-1:7 STR '\\\\d\\\\q' @1:0-1:6"},
    {"'\\8\\9'",
     "W[invalid escape sequence '\\8']@1:1-1:7 STR '\\\\8\\\\9' @1:0-1:6"},
    {"'\\é'",
     "STR '\\\\\\xe9' @1:0-1:5"},
    {"'a\\\nb'",
     "STR 'ab' @1:0-2:2"},
    {"'''a\nb\\\nc'''",
     "STR 'a\\nbc' @1:0-3:4"},
    {"r'\\x\\N{foo}\\\\'",
     "STR '\\\\x\\\\N{foo}\\\\\\\\' @1:0-1:14"},
    {"R'''\\\n'''",
     "STR '\\\\\\n' @1:0-2:3"},
    {"u'x'",
     "STRu 'x' @1:0-1:4"},
    {"U'x'",
     "STR 'x' @1:0-1:4"},
    {"'é😀'",
     "STR '\\xe9\\U0001f600' @1:0-1:8"},
    {"x = 'a'",
     "STR 'a' @1:4-1:7"},
    {"'\\x'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape}@1:5-1:5"},
    {"'\\x4'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape}@1:6-1:6"},
    {"'ab\\x4g'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape}@1:9-1:9"},
    {"'\\xé'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape}@1:6-1:6"},
    {"'\\u12'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape}@1:7-1:7"},
    {"'\\U1234'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape}@1:9-1:9"},
    {"'\\U00110000'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character}@1:13-1:13"},
    {"'\\N'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape}@1:5-1:5"},
    {"'\\N{}'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape}@1:7-1:7"},
    {"'\\N{LATIN'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: malformed \\N character escape}@1:11-1:11"},
    {"'\\N{foo}'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name}@1:10-1:10"},
    {"'abc\\N{foo}def'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 3-9: unknown Unicode character name}@1:16-1:16"},
    {"'\\N{KEYCAP NUMBER SIGN}'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name}@1:25-1:25"},
    {"'\\N{hangul syllable ga}'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name}@1:25-1:25"},
    {"'\\N{é}'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name}@1:8-1:8"},
    {"'é\\x'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\xXX escape}@1:6-1:6"},
    {"'\\é\\x'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 16-17: truncated \\xXX escape}@1:7-1:7"},
    {"'a\\\\é\\x'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 13-14: truncated \\xXX escape}@1:9-1:9"},
    {"'\\\né\\x'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 12-13: truncated \\xXX escape}@2:5-2:5"},
    {"'''abc\n  de\\x1'''",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 8-10: truncated \\xXX escape}@2:11-2:11"},
    {"x = '\\x' + 1",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape}@1:10-1:11"},
    {"print('\\x')",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape}@1:11-1:12"},
    {"x = (\n  'a' '\\x')",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape}@2:11-2:12"},
    {"'\\x'   \n",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape}@1:8-1:8"},
    {"b'abc'",
     "BYTES b'abc' @1:0-1:6"},
    {"b'\\x41\\101\\n\\\\'",
     "BYTES b'AA\\n\\\\' @1:0-1:15"},
    {"b'\\777\\400'",
     "W[invalid octal escape sequence '\\777']@1:1-1:12 BYTES b'\\xff\\x00' @1:0-1:11"},
    {"b'\\d\\u00e9\\N{DIGIT ONE}'",
     "W[invalid escape sequence '\\d']@1:1-1:25 BYTES b'\\\\d\\\\u00e9\\\\N{DIGIT ONE}' @1:0-1:24"},
    {"rb'\\x'",
     "BYTES b'\\\\x' @1:0-1:6"},
    {"BR'a\\\nb'",
     "BYTES b'a\\\\\\nb' @1:0-2:2"},
    {"b'\\\n'",
     "BYTES b'' @1:0-2:1"},
    {"b'\\x'",
     "ERR{(value error) invalid \\x escape at position 0}@1:6-1:6"},
    {"b'ab\\x4g'",
     "ERR{(value error) invalid \\x escape at position 2}@1:10-1:10"},
    {"b'\\d\\xZZ'",
     "ERR{(value error) invalid \\x escape at position 2}@1:10-1:10"},
    {"b'é'",
     "ERR{bytes can only contain ASCII literal characters}@1:1-1:5"},
    {"br'é'",
     "ERR{bytes can only contain ASCII literal characters}@1:1-1:6"},
    {"x = b'''\né'''",
     "ERR{bytes can only contain ASCII literal characters}@1:5-2:6"},
    {"b'\\d\\x'",
     "ERR{(value error) invalid \\x escape at position 2}@1:8-1:8"},
    {"'a' 'b'",
     "STR 'ab' @1:0-1:7"},
    {"u'a' 'b'",
     "STRu 'ab' @1:0-1:8"},
    {"'a' u'b'",
     "STR 'ab' @1:0-1:8"},
    {"b'a' b'c'",
     "BYTES b'ac' @1:0-1:9"},
    {"'a' b'c'",
     "ERR{cannot mix bytes and nonbytes literals}@1:9-1:9"},
    {"b'a' 'c' 'd'",
     "ERR{cannot mix bytes and nonbytes literals}@1:13-1:13"},
    {"x = (b'a'\n 'c')",
     "ERR{cannot mix bytes and nonbytes literals}@2:5-2:6"},
    {"'é' b'é'",
     "ERR{bytes can only contain ASCII literal characters}@1:5-1:9"},
    {"'\\x' b'a'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape}@1:10-1:10"},
    {"b'a' '\\x'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape}@1:10-1:10"},
    {"'a' 'b' '\\x' 'c'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape}@1:17-1:17"},
    {"'\\d' 'a' '\\q'",
     "W[invalid escape sequence '\\d'|invalid escape sequence '\\q']@1:1-1:5 STR '\\\\da\\\\q' @1:0-1:13"},
    {"'a' f''",
     "JS ['a'] @1:0-1:7"},
    {"f'' ''",
     "JS [] @1:0-1:6"},
    {"f''",
     "JS [] @1:0-1:3"},
    {"u'a' f'{x}' 'b'",
     "JSu ['a' F(-,'x'@1:8-1:9) 'b'] @1:0-1:15"},
    {"U'a' f'{x}'",
     "JS ['a' F(-,'x'@1:8-1:9)] @1:0-1:11"},
    {"f'a{x}b' 'c' f'd{y}' f'e'",
     "JS ['a' F(-,'x'@1:4-1:5) 'bcd' F(-,'y'@1:17-1:18) 'e'] @1:0-1:25"},
    {"f'{' b'a'",
     "ERR{f-string: expecting '}'}@1:10-1:10"},
    {"b'a' f'{'",
     "ERR{cannot mix bytes and nonbytes literals}@1:10-1:10"},
    {"f'{x:a}' u'b'",
     "JS [F(-,'x'@1:3-1:4,spec['a']) 'b'] @1:0-1:13"},
    {"f'{x}'",
     "JS [F(-,'x'@1:3-1:4)] @1:0-1:6"},
    {"f'  {x}'",
     "JS ['  ' F(-,'x'@1:5-1:6)] @1:0-1:8"},
    {"rf'{x}'",
     "JS [F(-,'x'@1:4-1:5)] @1:0-1:7"},
    {"f'{ x }'",
     "JS [F(-,'x'@1:4-1:5)] @1:0-1:8"},
    {"f'a' f'{x}'",
     "JS ['a' F(-,'x'@1:8-1:9)] @1:0-1:11"},
    {"'abc' f'{x}'",
     "JS ['abc' F(-,'x'@1:9-1:10)] @1:0-1:12"},
    {"f'é{x}'",
     "JS ['\\xe9' F(-,'x'@1:5-1:6)] @1:0-1:8"},
    {"é = f'{x}'",
     "JS [F(-,'x'@1:8-1:9)] @1:5-1:11"},
    {"'é' f'é{x}'",
     "JS ['\\xe9\\xe9' F(-,'x'@1:10-1:11)] @1:0-1:13"},
    {"f'''\n{x}'''",
     "JS ['\\n' F(-,'x'@2:1-2:2)] @1:0-2:6"},
    {"f'''ab\ncd{x}'''",
     "JS ['ab\\ncd' F(-,'x'@2:3-2:4)] @1:0-2:8"},
    {"x = f'''a\n  b{y}'''",
     "JS ['a\\n  b' F(-,'y'@2:4-2:5)] @1:4-2:9"},
    {"f'''{\nx}'''",
     "JS [F(-,'x'@2:0-2:1)] @1:0-2:5"},
    {"x = f'''{\n  y}'''",
     "JS [F(-,'y'@2:2-2:3)] @1:4-2:7"},
    {"x = f'''{\ny,z}'''",
     "JS [F(-,'y,z'@1:4-2:4)] @1:4-2:7"},
    {"f'''{x+\ny}'''",
     "JS [F(-,'x+\\ny'@1:5-2:1)] @1:0-2:5"},
    {"f'''{x\n+y}'''",
     "JS [F(-,'x\\n+y'@1:5-2:2)] @1:0-2:6"},
    {"f'''{\"\"\"a\nb\"\"\"}'''",
     "JS [F(-,'\"\"\"a\\nb\"\"\"'@1:1-2:4)] @1:0-2:8"},
    {"x = f'''{z + \"\"\"a\nb\"\"\"}'''",
     "JS [F(-,'z + \"\"\"a\\nb\"\"\"'@1:9-2:4)] @1:4-2:8"},
    {"(f'a'\n   f'b{x}')",
     "JS ['ab' F(-,'x'@2:7-2:8)] @1:1-2:10"},
    {"f'a\\\n{x}'",
     "JS ['a' F(-,'x'@2:1-2:2)] @1:0-2:4"},
    {"x=(1,\n  f'''a\nb{\nx}''')",
     "JS ['a\\nb' F(-,'x'@4:0-4:1)] @2:2-4:5"},
    {"f'{x,y}'",
     "JS [F(-,'x,y'@1:2-1:7)] @1:0-1:8"},
    {"f'{x!r}'",
     "JS [F(r,'x'@1:3-1:4)] @1:0-1:8"},
    {"f'{x!s}'",
     "JS [F(s,'x'@1:3-1:4)] @1:0-1:8"},
    {"f'{x!a}'",
     "JS [F(a,'x'@1:3-1:4)] @1:0-1:8"},
    {"f'{x:>10}'",
     "JS [F(-,'x'@1:3-1:4,spec['>10'])] @1:0-1:10"},
    {"f'{x!r:>{w}}'",
     "JS [F(r,'x'@1:3-1:4,spec['>' F(-,'w'@1:9-1:10)])] @1:0-1:13"},
    {"f'{x:{y}{z}}'",
     "JS [F(-,'x'@1:3-1:4,spec[F(-,'y'@1:6-1:7) F(-,'z'@1:9-1:10)])] @1:0-1:13"},
    {"f'{x:a{y}b}'",
     "JS [F(-,'x'@1:3-1:4,spec['a' F(-,'y'@1:7-1:8) 'b'])] @1:0-1:12"},
    {"f'{x:{y:z}}'",
     "JS [F(-,'x'@1:3-1:4,spec[F(-,'y'@1:6-1:7,spec['z'])])] @1:0-1:12"},
    {"f'{x:}'",
     "JS [F(-,'x'@1:3-1:4,spec[])] @1:0-1:7"},
    {"f'{x=}'",
     "JS ['x=' F(r,'x'@1:3-1:4)] @1:0-1:7"},
    {"f'{ x = }'",
     "JS [' x = ' F(r,'x'@1:4-1:5)] @1:0-1:10"},
    {"f'{x=!s}'",
     "JS ['x=' F(s,'x'@1:3-1:4)] @1:0-1:9"},
    {"f'{x=:>3}'",
     "JS ['x=' F(-,'x'@1:3-1:4,spec['>3'])] @1:0-1:10"},
    {"f'{x=!a:>3}'",
     "JS ['x=' F(a,'x'@1:3-1:4,spec['>3'])] @1:0-1:12"},
    {"f'a{x=}b'",
     "JS ['ax=' F(r,'x'@1:4-1:5) 'b'] @1:0-1:9"},
    {"f'{x:a{y=}}'",
     "JS [F(-,'x'@1:3-1:4,spec['ay=' F(r,'y'@1:7-1:8)])] @1:0-1:12"},
    {"f'{x==y}'",
     "JS [F(-,'x==y'@1:3-1:7)] @1:0-1:9"},
    {"f'{x!=y=}'",
     "JS ['x!=y=' F(r,'x!=y'@1:3-1:7)] @1:0-1:10"},
    {"f'{x:=3}'",
     "JS [F(-,'x'@1:3-1:4,spec['=3'])] @1:0-1:9"},
    {"f'{{}}'",
     "JS ['{}'] @1:0-1:7"},
    {"f'a{{b}}c'",
     "JS ['a{b}c'] @1:0-1:10"},
    {"f'{x}}}'",
     "JS [F(-,'x'@1:3-1:4) '}'] @1:0-1:8"},
    {"f'{x:{{y}}}'",
     "JS [F(-,'x'@1:3-1:4,spec[F(-,'{y}'@1:6-1:9)])] @1:0-1:12"},
    {"f'{\"}\"}'",
     "JS [F(-,'\"}\"'@1:3-1:6)] @1:0-1:8"},
    {"f'{a[\"}\"]}'",
     "JS [F(-,'a[\"}\"]'@1:3-1:9)] @1:0-1:11"},
    {"f'{\"#\"}'",
     "JS [F(-,'\"#\"'@1:3-1:6)] @1:0-1:8"},
    {"f'\\N{DIGIT ONE}{x}'",
     "JS ['1' F(-,'x'@1:16-1:17)] @1:0-1:19"},
    {"f'\\\\N{x}'",
     "JS ['\\\\N' F(-,'x'@1:6-1:7)] @1:0-1:9"},
    {"f'{x:\\x41}'",
     "JS [F(-,'x'@1:3-1:4,spec['A'])] @1:0-1:11"},
    {"rf'{x:\\x41}'",
     "JS [F(-,'x'@1:4-1:5,spec['\\\\x41'])] @1:0-1:12"},
    {"f'\\{x}'",
     "W[invalid escape sequence '\\{']@1:1-1:8 JS ['\\\\' F(-,'x'@1:4-1:5)] @1:0-1:7"},
    {"rf'\\{x}'",
     "JS ['\\\\' F(-,'x'@1:5-1:6)] @1:0-1:8"},
    {"f'\\{{'",
     "W[invalid escape sequence '\\{'|invalid escape sequence '\\{']@1:1-1:7 JS ['\\\\{'] @1:0-1:6"},
    {"f'\\}}'",
     "W[invalid escape sequence '\\}']@1:1-1:7 JS ['\\\\}'] @1:0-1:6"},
    {"f'\\d{x}\\q'",
     "W[invalid escape sequence '\\d'|invalid escape sequence '\\q']@1:1-1:11 JS ['\\\\d' F(-,'x'@1:5-1:6) '\\\\q'] @1:0-1:10"},
    {"f'{x:\\d}'",
     "W[invalid escape sequence '\\d']@1:1-1:10 JS [F(-,'x'@1:3-1:4,spec['\\\\d'])] @1:0-1:9"},
    {"f'{x=\t}'",
     "JS ['x=\\t' F(r,'x'@1:3-1:4)] @1:0-1:8"},
    {"f'{}'",
     "ERR{f-string: empty expression not allowed}@1:6-1:6"},
    {"f'{ }'",
     "ERR{f-string: empty expression not allowed}@1:7-1:7"},
    {"f'{!r}'",
     "ERR{f-string: expression required before '!'}@1:8-1:8"},
    {"f'{:x}'",
     "ERR{f-string: expression required before ':'}@1:8-1:8"},
    {"f'{=}'",
     "ERR{f-string: expression required before '='}@1:7-1:7"},
    {"f'{'",
     "ERR{f-string: expecting '}'}@1:5-1:5"},
    {"f'{x'",
     "ERR{f-string: expecting '}'}@1:6-1:6"},
    {"f'{x!'",
     "ERR{f-string: expecting '}'}@1:7-1:7"},
    {"f'{x!}'",
     "ERR{f-string: invalid conversion character: expected 's', 'r', or 'a'}@1:8-1:8"},
    {"f'{x!z}'",
     "ERR{f-string: invalid conversion character: expected 's', 'r', or 'a'}@1:9-1:9"},
    {"f'{x!rr}'",
     "ERR{f-string: expecting '}'}@1:10-1:10"},
    {"f'{x:'",
     "ERR{f-string: expecting '}'}@1:7-1:7"},
    {"f'{x:{y}'",
     "ERR{f-string: expecting '}'}@1:10-1:10"},
    {"f'}'",
     "ERR{f-string: single '}' is not allowed}@1:5-1:5"},
    {"f'a}b'",
     "ERR{f-string: single '}' is not allowed}@1:7-1:7"},
    {"f'{x}}'",
     "ERR{f-string: single '}' is not allowed}@1:8-1:8"},
    {"f'{x:a}}b}'",
     "ERR{f-string: single '}' is not allowed}@1:12-1:12"},
    {"f'\\}'",
     "ERR{f-string: single '}' is not allowed}@1:6-1:6"},
    {"f'{\\n}'",
     "ERR{f-string expression part cannot include a backslash}@1:8-1:8"},
    {"f'{\"a\\\"}'",
     "ERR{f-string expression part cannot include a backslash}@1:10-1:10"},
    {"f'{#}'",
     "ERR{f-string expression part cannot include '#'}@1:7-1:7"},
    {"f'{)}'",
     "ERR{f-string: unmatched ')'}@1:7-1:7"},
    {"f'{x]}'",
     "ERR{f-string: unmatched ']'}@1:8-1:8"},
    {"f'{(}'",
     "ERR{f-string: closing parenthesis '}' does not match opening parenthesis '('}@1:7-1:7"},
    {"f'{(x]}'",
     "ERR{f-string: closing parenthesis ']' does not match opening parenthesis '('}@1:9-1:9"},
    {"f'{(x'",
     "ERR{f-string: unmatched '('}@1:7-1:7"},
    {"f'{\"a}'",
     "ERR{f-string: unterminated string}@1:8-1:8"},
    {"f'{x:{y:{z}}}'",
     "ERR{f-string: expressions nested too deeply}@1:15-1:15"},
    {"f'{x:a{{'",
     "ERR{f-string: unmatched '{'}@1:10-1:10"},
    {"f'\\x{y}'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape}@1:9-1:9"},
    {"f'{x}\\N{foo}'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name}@1:14-1:14"},
    {"f'\\N{x}}'",
     "ERR{f-string: single '}' is not allowed}@1:10-1:10"},
    {"f'\\Nx{y}'",
     "ERR{(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape}@1:10-1:10"},
    {"f'{x}' f'{}'",
     "ERR{f-string: empty expression not allowed}@1:13-1:13"},
    {"x = f'{}' + 1",
     "ERR{f-string: empty expression not allowed}@1:11-1:12"},
    {"f'''{\n}'''",
     "ERR{f-string: empty expression not allowed}@2:5-2:5"},
    {"f'{(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((x)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))}'",
     "ERR{f-string: too many nested parenthesis}@1:409-1:409"},
    {"f'{x=y}'",
     "ERR{f-string: expecting '}'}@1:9-1:9"},
};
// clang-format on

// Python's ascii() of a str: quotes chosen as repr does, non-ASCII as \x, \u, \U escapes.
std::string py_ascii(std::u32string_view s) {
  const bool dq = s.find(U'\'') != s.npos && s.find(U'"') == s.npos;
  const char quote = dq ? '"' : '\'';
  std::string out(1, quote);
  char buf[16];
  for (const char32_t c : s) {
    if (c == U'\\') {
      out += "\\\\";
    } else if (c == static_cast<char32_t>(quote)) {
      out += std::string("\\") + quote;
    } else if (c == U'\n') {
      out += "\\n";
    } else if (c == U'\r') {
      out += "\\r";
    } else if (c == U'\t') {
      out += "\\t";
    } else if (c >= 0x20 && c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else {
      const char* fmt = c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x";
      std::snprintf(buf, sizeof buf, fmt, static_cast<unsigned>(c));
      out += buf;
    }
  }
  return out + quote;
}

// Python's repr() of a bytes value.
std::string py_bytes(const std::string& s) {
  const bool dq = s.find('\'') != s.npos && s.find('"') == s.npos;
  const char quote = dq ? '"' : '\'';
  std::string out = std::string("b") + quote;
  char buf[8];
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == static_cast<unsigned char>(quote)) {
      out += std::string("\\") + quote;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c >= 0x20 && c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  return out + quote;
}

// "l:c-el:ec".
std::string span(int l, int c, int el, int ec) {
  return std::to_string(l) + ":" + std::to_string(c) + "-" + std::to_string(el) + ":" + std::to_string(ec);
}

// One case's source: its lines (with their line breaks), tokens and STRING tokens.
struct Parsed {
  std::vector<std::string> lines;
  peppy::tok::Result tokens;
  std::vector<StringToken> strings;
  const peppy::tok::Token* next = nullptr;  // the token after the strings

  // Tokenizes the source and collects its first run of STRING tokens.
  explicit Parsed(std::string_view source)
      : tokens(peppy::tok::tokenize(source, "<test>", peppy::tok::Mode::Strict)) {
    std::size_t begin = 0;
    while (begin < source.size()) {
      const std::size_t nl = source.find('\n', begin);
      const std::size_t end = nl == std::string_view::npos ? source.size() : nl + 1;
      lines.emplace_back(source.substr(begin, end - begin));
      begin = end;
    }
    for (const peppy::tok::Token& t : tokens.tokens) {
      if (t.type != peppy::tok::Type::STRING) {
        if (!strings.empty()) {
          next = &t;
          break;
        }
        continue;
      }
      strings.push_back({tokens.source.view(t.begin, t.end), t.start.row, t.start_byte, t.stop.row, t.stop_byte});
    }
  }

  // CPython's SyntaxError offset for a UTF-8 column of line `row`: the code points in the
  // first col+1 bytes of the line (a cut character counts as one; past the end of the
  // line, its length + 1).
  int offset(int row, int col) const {
    static const std::string kNone;
    const std::string& line = row >= 1 && row <= static_cast<int>(lines.size()) ? lines[row - 1] : kNone;
    const std::size_t bytes = static_cast<std::size_t>(col) + 1;
    int n = bytes > line.size() ? 1 : 0;
    for (std::size_t i = 0; i < bytes && i < line.size(); ++i) {
      n += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    }
    return n;
  }

  // A SyntaxError position "l:o-el:eo" from an AST-style span (both columns on line l).
  std::string error_at(int l, int c, int el, int ec) const { return span(l, offset(l, c), el, offset(l, ec)); }
};

// Where the AST node of a field's expression goes: its tokens in "(" + text + ")" mapped
// by FieldExpr::map (the whole parenthesized span for a bare tuple or generator).
std::string expr_position(const FieldExpr& e) {
  std::u32string src;  // (built by appends: GCC 12 misreports U"(" + string as overlapping)
  src.reserve(e.text.size() + 2);
  src.push_back(U'(');
  src.append(e.text);
  src.push_back(U')');
  const peppy::tok::Result r =
      peppy::tok::tokenize(peppy::unicode::to_utf8(src), "<expr>", peppy::tok::Mode::Strict);
  std::vector<const peppy::tok::Token*> toks;
  for (const peppy::tok::Token& t : r.tokens) {
    if (t.type != peppy::tok::Type::NEWLINE && t.type != peppy::tok::Type::ENDMARKER) toks.push_back(&t);
  }
  if (r.error || toks.size() < 3) return "?";
  int depth = 0;
  bool bare = false;
  for (std::size_t k = 1; k + 1 < toks.size(); ++k) {
    const std::u32string_view text = r.source.view(toks[k]->begin, toks[k]->end);
    if (text == U"(" || text == U"[" || text == U"{") ++depth;
    if (text == U")" || text == U"]" || text == U"}") --depth;
    if (depth == 0 && (text == U"," || text == U"for")) bare = true;
  }
  const peppy::tok::Token* a = bare ? toks.front() : toks[1];
  const peppy::tok::Token* b = bare ? toks.back() : toks[toks.size() - 2];
  const FieldExpr::Position p = e.map(a->start.row, a->start_byte, a->stop.row, a->stop_byte);
  const FieldExpr::Position q = e.map(b->start.row, b->start_byte, b->stop.row, b->stop_byte);
  return span(p.lineno, p.col_offset, q.end_lineno, q.end_col_offset);
}

// The expression text without the blanks around it.
std::u32string stripped(std::u32string_view t) {
  auto blank = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\f'; };
  while (!t.empty() && blank(t.front())) t.remove_prefix(1);
  while (!t.empty() && blank(t.back())) t.remove_suffix(1);
  return std::u32string(t);
}

// The parts of a JoinedStr in the form of kCases.
std::string dump_parts(const std::vector<FPart>& parts) {
  std::string out = "[";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += " ";
    const FPart& p = parts[i];
    if (!p.is_field) {
      out += py_ascii(p.literal);
      continue;
    }
    out += std::string("F(") + (p.field.conversion ? p.field.conversion : '-') + ",";
    out += py_ascii(stripped(p.field.expr.text)) + "@" + expr_position(p.field.expr);
    if (p.field.has_format_spec) out += ",spec" + dump_parts(p.field.format_spec);
    out += ")";
  }
  return out + "]";
}

// The result of joining the case's strings, in the form of kCases.
std::string run_case(std::string_view source) {
  const Parsed in(source);
  if (in.strings.empty()) return in.tokens.error ? "TOKENIZER: " + in.tokens.error->message : "NO STRING";
  const StringsResult r = concatenate_strings(in.strings);
  std::string out;
  if (!r.warnings.empty()) {
    out += "W[";
    for (std::size_t i = 0; i < r.warnings.size(); ++i) out += (i ? "|" : "") + r.warnings[i].message;
    const auto& w = r.warnings.front();
    out += "]@" + in.error_at(w.lineno, w.col_offset, w.end_lineno, w.end_col_offset) + " ";
  }
  if (r.error) {
    const auto& e = *r.error;
    out += "ERR{" + e.message + "}@";
    if (e.place == ErrorPlace::Token) {
      out += in.error_at(e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    } else if (in.next) {
      out += in.error_at(in.next->start.row, in.next->start_byte, in.next->stop.row, in.next->stop_byte);
    }
    return out;
  }
  const std::string at = " @" + span(r.lineno, r.col_offset, r.end_lineno, r.end_col_offset);
  switch (r.kind) {
    case StringsResult::Kind::Str: return out + "STR" + (r.kind_u ? "u " : " ") + py_ascii(r.str) + at;
    case StringsResult::Kind::Bytes: return out + "BYTES " + py_bytes(r.bytes) + at;
    case StringsResult::Kind::JoinedStr: return out + "JS" + (r.kind_u ? "u " : " ") + dump_parts(r.parts) + at;
  }
  return out;
}

// A StringToken over `text` on line 1 from column 0 (ASCII text).
StringToken token_of(std::u32string_view text) { return {text, 1, 0, 1, static_cast<int>(text.size())}; }

}  // namespace

TEST_CASE("strings: literals, f-strings and concatenation as CPython 3.11 parses them") {
  int n = 0;
  for (const Case& c : kCases) {
    CAPTURE(c.source);
    CHECK(run_case(c.source) == c.expected);
    ++n;
  }
  CHECK(n >= 180);
}

TEST_CASE("strings: decode_literal values") {
  const auto s = decode_literal(token_of(U"'a\\tb\\x41\\u00e9\\U0001F600\\N{EURO SIGN}\\ud800'"));
  REQUIRE_FALSE(s.error);
  CHECK_FALSE(s.is_bytes);
  CHECK(s.str == std::u32string(U"a\tbA\u00e9\U0001F600\u20AC") + char32_t{0xD800});
  const auto b = decode_literal(token_of(U"b'\\x00\\xff\\777\\q'"));
  REQUIRE_FALSE(b.error);
  CHECK(b.is_bytes);
  CHECK(b.bytes == std::string("\x00\xff\xff\\q", 5));
  REQUIRE(b.warnings.size() == 1);
  CHECK(b.warnings[0].message == "invalid octal escape sequence '\\777'");
  const auto raw = decode_literal(token_of(U"Rb'\\x'"));
  CHECK(raw.bytes == "\\x");
  const auto e = decode_literal(token_of(U"'abc\\N{NO SUCH NAME}'"));
  REQUIRE(e.error);
  CHECK(e.error->place == ErrorPlace::LastToken);
  CHECK(e.error->message ==
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 3-18: unknown Unicode character name");
}

TEST_CASE("strings: split_fstring fields, texts and base positions") {
  // f'''ab\n  c{ y !r:>{w}}''' with the token at line 3, column 4.
  const std::u32string text = U"f'''ab\n  c{ y !r:>{w}}'''";
  const StringToken t{text, 3, 4, 4, 18};
  const auto f = split_fstring(t);
  REQUIRE_FALSE(f.error);
  REQUIRE(f.parts.size() == 2);
  CHECK(f.parts[0].literal == U"ab\n  c");
  const auto& field = f.parts[1].field;
  CHECK(field.expr.text == U" y ");
  CHECK(field.expr.offset == 11);
  CHECK(field.expr.base_lineno == 4);  // one newline before the '{'
  CHECK(field.expr.base_col == 3);     // the '{' is at column 3 of its line
  CHECK(field.conversion == 'r');
  REQUIRE(field.has_format_spec);
  REQUIRE(field.format_spec.size() == 2);
  CHECK(field.format_spec[0].literal == U">");
  CHECK(field.format_spec[1].field.expr.text == U"w");
  CHECK(field.format_spec[1].field.expr.base_col == 11);
  // The position rule (tokens of "( y )"): y at sub-line 1, columns 2-3.
  const auto p = field.expr.map(1, 2, 1, 3);
  CHECK(p.lineno == 4);
  CHECK(p.col_offset == 5);
  CHECK(p.end_col_offset == 6);
  // A token ending on a later sub-line keeps its own columns.
  const auto q = field.expr.map(1, 1, 2, 4);
  CHECK(q.col_offset == 1);
  CHECK(q.end_lineno == 5);

  // Newline right after the brace: base column is the token's column (no newline before).
  const std::u32string text2 = U"f'''{\n  z}'''";
  const auto g = split_fstring(StringToken{text2, 2, 7, 3, 6});
  REQUIRE(g.parts.size() == 1);
  CHECK(g.parts[0].field.expr.base_lineno == 2);
  CHECK(g.parts[0].field.expr.base_col == 7);
}

TEST_CASE("strings: the expression hook runs in CPython's order and can stop") {
  std::vector<std::u32string> seen;
  const std::u32string text = U"f'{a}{b!z}{c}'";
  const auto r = split_fstring(token_of(text), 0, [&](FieldExpr& e) {
    seen.emplace_back(e.text);
    e.node = &seen;
    return true;
  });
  // b is parsed before its bad conversion is seen; c never is.
  CHECK(seen == std::vector<std::u32string>{U"a", U"b"});
  REQUIRE(r.error);
  CHECK(r.error->message == "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  REQUIRE(r.parts.size() == 1);
  CHECK(r.parts[0].field.expr.node == &seen);

  const auto stopped = split_fstring(token_of(U"f'{a b!z}'"), 0, [](FieldExpr&) { return false; });
  REQUIRE(stopped.error);
  CHECK(stopped.error->place == ErrorPlace::Hook);
  CHECK(stopped.error->message.empty());
}

TEST_CASE("strings: concatenate_strings shapes and error order") {
  const std::u32string a = U"u'x'", b = U"f'{y}'", c = U"'z'";
  const StringToken toks[] = {{a, 1, 0, 1, 4}, {b, 1, 5, 1, 11}, {c, 2, 0, 2, 3}};
  const auto r = concatenate_strings(toks);
  REQUIRE_FALSE(r.error);
  CHECK(r.kind == StringsResult::Kind::JoinedStr);
  CHECK(r.kind_u);
  CHECK(r.lineno == 1);
  CHECK(r.col_offset == 0);
  CHECK(r.end_lineno == 2);
  CHECK(r.end_col_offset == 3);
  REQUIRE(r.parts.size() == 3);
  CHECK(r.parts[1].field.expr.token == 1);
  CHECK(r.parts[1].field.expr.base_col == 7);

  // Token by token: the bad escape of the second token comes before the bytes mix.
  const std::u32string d = U"b'a'", e = U"'\\x'";
  const StringToken mixed[] = {{d, 1, 0, 1, 4}, {e, 1, 5, 1, 9}};
  const auto m = concatenate_strings(mixed);
  REQUIRE(m.error);
  CHECK(m.error->token == 1);
  CHECK(m.error->message.find("truncated \\xXX escape") != std::string::npos);

  // The non-ASCII bytes error is placed on its token (byte columns).
  const std::u32string f = U"b'\u00e9'";
  const auto n = concatenate_strings(std::vector<StringToken>{{f, 2, 3, 2, 8}});
  REQUIRE(n.error);
  CHECK(n.error->place == ErrorPlace::Token);
  CHECK(n.error->message == "bytes can only contain ASCII literal characters");
  CHECK(n.error->lineno == 2);
  CHECK(n.error->col_offset == 3);
  CHECK(n.error->end_col_offset == 8);
}

TEST_CASE("unicode: lookup_name accepts what \\N{...} accepts in CPython 3.11") {
  struct Name {
    const char* name;
    bool found;
    char32_t expected;
  };
  const Name names[] = {
      {"LATIN SMALL LETTER A", true, U'a'},
      {"latin small letter a", true, U'a'},
      {"Latin Small Letter A", true, U'a'},
      {"SPACE", true, U' '},
      {"EURO SIGN", true, 0x20AC},
      {"GRINNING FACE", true, 0x1F600},
      {"TIBETAN MARK TSA -PHRU", true, 0x0F39},
      {"TIBETAN MARK BKA- SHOG YIG MGO", true, 0x0F0A},
      {"HANGUL JUNGSEONG O-E", true, 0x1180},
      {"NULL", true, 0x0000},       // alias of a character without a name
      {"LINE FEED", true, 0x000A},  // control alias
      {"LF", true, 0x000A},         // abbreviation
      {"lf", true, 0x000A},
      {"BYTE ORDER MARK", true, 0xFEFF},
      {"LATIN CAPITAL LETTER GHA", true, 0x01A2},  // correction
      {"VS256", true, 0xE01EF},
      {"CJK UNIFIED IDEOGRAPH-4E00", true, 0x4E00},
      {"CJK UNIFIED IDEOGRAPH-04E00", true, 0x4E00},
      {"CJK UNIFIED IDEOGRAPH-2A6DF", true, 0x2A6DF},
      {"CJK UNIFIED IDEOGRAPH-3134A", true, 0x3134A},
      {"CJK COMPATIBILITY IDEOGRAPH-F900", true, 0xF900},
      {"cjk compatibility ideograph-f900", true, 0xF900},
      {"NUSHU CHARACTER-1B170", true, 0x1B170},
      {"TANGUT COMPONENT-001", true, 0x18800},
      {"HANGUL SYLLABLE GA", true, 0xAC00},
      {"HANGUL SYLLABLE GAGG", true, 0xAC02},
      {"HANGUL SYLLABLE GGAG", true, 0xAE4D},
      {"HANGUL SYLLABLE A", true, 0xC544},
      {"HANGUL SYLLABLE HIH", true, 0xD7A3},
      {"", false, 0},
      {"LATIN SMALL LETTER", false, 0},
      {"LATIN  SMALL LETTER A", false, 0},
      {" LATIN SMALL LETTER A", false, 0},
      {"LATIN SMALL LETTER A ", false, 0},
      {"KEYCAP NUMBER SIGN", false, 0},                            // a named sequence
      {"LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", false, 0},  // a named sequence
      {"LINE FEED (LF)", false, 0},
      {"cjk unified ideograph-4e00", false, 0},  // algorithmic names: upper case only
      {"CJK UNIFIED IDEOGRAPH-4e00", false, 0},
      {"CJK UNIFIED IDEOGRAPH-004E00", false, 0},
      {"CJK UNIFIED IDEOGRAPH-4DC0", false, 0},
      {"CJK UNIFIED IDEOGRAPH-3134B", false, 0},
      {"CJK UNIFIED IDEOGRAPH-F900", false, 0},
      {"TANGUT IDEOGRAPH-17000", false, 0},  // not a name CPython 3.11 knows
      {"hangul syllable ga", false, 0},
      {"HANGUL SYLLABLE ga", false, 0},
      {"HANGUL SYLLABLE KK", false, 0},
      {"HANGUL SYLLABLE ", false, 0},
      {"HANGUL SYLLABLE GA ", false, 0},
  };
  for (const Name& n : names) {
    CAPTURE(n.name);
    const auto got = lookup_name(n.name);
    REQUIRE(got.has_value() == n.found);
    if (n.found) CHECK(static_cast<unsigned>(*got) == static_cast<unsigned>(n.expected));
  }
}
