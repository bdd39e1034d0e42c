// constant.hpp: the value of an AST Constant (and MatchSingleton) node -- ASDL's
// builtin `constant` type -- and Python's repr() of such values, of str and of bytes.
//
// The type is named ConstantValue, not Constant: `Constant` is the expression node that
// holds one (ast_nodes.hpp), and both live in namespace peppy::ast.
//
// The repr functions give exactly what CPython 3.11's repr() gives: ast.dump() prints
// constants, identifiers and strings with repr(), and peppy's dump must match it byte
// for byte. Their output is UTF-8 (printable non-ASCII characters are kept as is).
#pragma once

#include <string>
#include <string_view>

namespace peppy::ast {

// One Python constant as the parser makes it from a literal: None, True, False,
// Ellipsis, an int, a float, an imaginary number, a str or a bytes object. Only the
// member that belongs to `kind` is meaningful; the others keep their defaults.
struct ConstantValue {
  enum class Kind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

  Kind kind = Kind::None;
  std::string int_value;    // Int: decimal digits, an optional leading '-', no leading zeros
  double float_value = 0;   // Float
  double imag = 0;          // Complex: the imaginary part (a literal's real part is always +0)
  std::u32string str;       // Str: code points; may hold lone surrogates (U+D800..U+DFFF)
  std::string bytes;        // Bytes: the raw bytes

  // Makes None.
  static ConstantValue none();
  // Makes True or False.
  static ConstantValue boolean(bool value);
  // Makes Ellipsis (`...`).
  static ConstantValue ellipsis();
  // Makes an int from its decimal form (e.g. "123", "-5"; not checked here).
  static ConstantValue integer(std::string decimal);
  // Makes a float.
  static ConstantValue floating(double value);
  // Makes the complex number `imag`j (real part +0).
  static ConstantValue imaginary(double imag);
  // Makes a str from its code points.
  static ConstantValue string(std::u32string code_points);
  // Makes a bytes object.
  static ConstantValue byte_string(std::string raw);
};

// True if a and b are the same constant: same kind and same value; floats compare by
// bit pattern (so -0.0 != 0.0 and a NaN equals the same NaN).
bool operator==(const ConstantValue& a, const ConstantValue& b);

// Python's repr() of the constant, e.g. `None`, `123`, `1e+16`, `1.5j`, `'a\n'`, `b'\x00'`.
std::string repr(const ConstantValue& value);

// Python's repr() of a float: shortest round-trip digits, fixed notation when the
// decimal exponent is in [-4, 16), else scientific (`1e+16`, `1e-05`); `inf`, `-inf`,
// `nan`; a `.0` is added to integral values in fixed notation.
std::string repr_float(double value);

// Python's repr() of complex(0.0, imag): like repr_float without the added `.0`, then
// `j` (`1j`, `1.5e+300j`, `infj`).
std::string repr_imaginary(double imag);

// Python's repr() of a str given as code points: single quotes unless the text holds a
// `'` and no `"`; \\, the quote, \t, \n, \r escaped; other non-printable characters as
// \xhh, \uhhhh or \Uhhhhhhhh (lone surrogates too); printable characters kept.
std::string repr_str(std::u32string_view text);

// repr_str of the text whose UTF-8 form is `utf8` (identifiers and strings of the AST).
// Bytes that are not valid UTF-8 are read as U+FFFD.
std::string repr_utf8(std::string_view utf8);

// Python's repr() of a bytes object: b'...' with the same quote rule as str, \\, the
// quote, \t, \n, \r escaped and bytes outside 0x20..0x7E as \xhh.
std::string repr_bytes(std::string_view raw);

// Decodes strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF) into
// code points. Returns false, leaving `out` unspecified, on the first invalid sequence.
bool decode_utf8(std::string_view utf8, std::u32string& out);

}  // namespace peppy::ast
