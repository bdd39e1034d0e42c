// test_bytecode_format.cpp: the bytecode file format.
//
//   * round trips: serialize then load gives an identical code object, on hand-built
//     code using every field and every kind of constant (compiled code: see
//     test_bytecode_dis.cpp);
//   * the layout: a file written here byte by byte from docs/bytecode.md equals what
//     serialize() writes;
//   * truncation at every length of a valid file is "truncated file ...";
//   * the corpus tests/bytecode/bad/*.pyb: each file is rejected with the message
//     tests/bytecode/bad/MANIFEST gives for it. The files are made by make_bad_corpus()
//     below; PEPPY_WRITE_BYTECODE_CORPUS=1 rewrites them (review them, and the
//     manifest, by hand after that);
//   * a fuzz loop: thousands of randomly damaged valid files (fixed seed) never crash
//     load(); what it accepts verifies, disassembles, and serializes back to the same
//     bytes (the format has one encoding per code object).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "bytecode/disasm.hpp"
#include "bytecode/format.hpp"
#include "bytecode/verify.hpp"
#include "bytecode_build.hpp"
#include "limits.hpp"

using namespace peppy::bytecode;
using namespace peppy::bytecode::testing;

namespace {

namespace fs = std::filesystem;

fs::path corpus_dir() { return fs::path(PEPPY_TESTS_DIR) / "bytecode" / "bad"; }

// The whole content of a file.
std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A file written piece by piece the way docs/bytecode.md describes it (independently of
// format.cpp's writer).
struct Bytes {
  std::string b;

  Bytes& raw(std::string_view s) {
    b.append(s);
    return *this;
  }
  // n little-endian bytes of v (bytes past the eighth are zero padding).
  Bytes& le(std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) b.push_back(i < 8 ? static_cast<char>(v >> (8 * i)) : '\0');
    return *this;
  }
  Bytes& uvar(std::uint64_t v) {
    do {
      std::uint8_t byte = v & 0x7F;
      v >>= 7;
      if (v) byte |= 0x80;
      b.push_back(static_cast<char>(byte));
    } while (v);
    return *this;
  }
  Bytes& svar(std::int64_t v) { return uvar(v < 0 ? (static_cast<std::uint64_t>(-(v + 1)) << 1) | 1 : static_cast<std::uint64_t>(v) << 1); }
  Bytes& str(std::string_view s) { return uvar(s.size()).raw(s); }
  // The 24-byte header of a file compiled from `source`.
  Bytes& header(std::string_view source, std::uint16_t version = 1, std::uint16_t flags = 0) {
    return raw("PEPY").le(version, 2).le(flags, 2).le(source.size(), 8).le(source_hash(source), 8);
  }
  // A code object's fields up to its stacksize.
  Bytes& code_head(std::string_view name, std::uint32_t stacksize) {
    return str(name).str(name).str("x.py").svar(1).uvar(0).uvar(0).uvar(0).uvar(0).uvar(stacksize);
  }
  // `words` words and their positions (all on line 1, columns 0 to 4).
  Bytes& words(const std::vector<Word>& ws) {
    uvar(ws.size());
    for (Word w : ws) le(w, 4);
    for (std::size_t i = 0; i < ws.size(); ++i) svar(0).svar(0).svar(0).svar(4);
    return *this;
  }
  // Empty names, varnames, cellvars, freevars and exception table.
  Bytes& empty_tail() { return uvar(0).uvar(0).uvar(0).uvar(0).uvar(0); }
};

const std::string kSource = "x = None\n";

// `LOAD_CONST 0; RETURN_VALUE` with consts (None,), written by hand.
std::string tiny_file_by_hand() {
  Bytes f;
  f.header(kSource).code_head("<module>", 1);
  f.words({make_word(Op::LOAD_CONST, 0), make_word(Op::RETURN_VALUE, 0)});
  f.uvar(1).le(0, 1);  // one constant: None
  f.empty_tail();
  return f.b;
}

// The same code object, built as a Code.
std::shared_ptr<Code> tiny_module() {
  Asm m("<module>");
  m.c.consts = {Constant::none()};
  m.op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE);
  return m.done(1);
}

// A module with every kind of constant, negative and unknown positions, a nested
// function with cells and free variables, exception handling, a generator.
std::shared_ptr<Code> rich_module() {
  Asm g("g", "f.<locals>.g");
  g.c.firstlineno = 70000;
  g.c.flags = CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED | CO_GENERATOR;
  g.c.argcount = 2;
  g.c.posonlyargcount = 1;
  g.c.kwonlyargcount = 1;
  g.c.varnames = {"a", "b", "k", "\xc3\xa9t\xc3\xa9"};
  g.c.cellvars = {"c"};
  g.c.freevars = {"d"};
  g.c.consts = {Constant::none()};
  g.op(Op::RETURN_GENERATOR, 0, 70000).op(Op::LOAD_DEREF, 1, 70001).op(Op::YIELD_VALUE, 0, -1);
  g.op(Op::STORE_DEREF, 0, 69999).op(Op::LOAD_CONST, 0, 2000000000).op(Op::RETURN_VALUE, 0, 1);
  g.c.positions[2] = Position{-1, -1, -1, -1};
  g.c.positions[3] = Position{5, 9, 120, 3};

  Asm m("<module>");
  m.c.firstlineno = -3;
  Constant big = Constant::integer("-123456789012345678901234567890");
  m.c.consts = {
      Constant::none(), Constant::boolean(true), Constant::boolean(false), Constant::ellipsis(),
      Constant::integer("0"), big, Constant::floating(-0.0), Constant::floating(0.1),
      Constant::floating(std::numeric_limits<double>::infinity()), Constant::floating(std::nan("")),
      Constant::complex(1.5, -2.0), Constant::string(""), Constant::string("caf\xc3\xa9 \xed\xa0\x80 '\"\n"),
      Constant::byte_string(std::string("\x00\xff\"'", 4)),
      Constant::tuple({Constant::integer("1"), Constant::tuple({}), Constant::tuple({big, Constant::string("x")})}),
      Constant::frozenset({Constant::integer("1"), Constant::string("a")}), Constant::code_object(g.done(1)),
      Constant::code_object(talk_function())};
  m.c.names = {"x", "", "\xe4\xb8\xad"};
  for (std::uint32_t i = 0; i < m.c.consts.size(); ++i) m.op(Op::LOAD_CONST, i, static_cast<int>(i) + 1).op(Op::POP_TOP);
  // try: x finally-ish handler (the handler re-raises).
  const std::uint32_t body = m.here();
  m.op(Op::LOAD_GLOBAL, 0).op(Op::POP_TOP);
  m.op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE);
  const std::uint32_t handler = m.here();
  m.op(Op::PUSH_EXC_INFO).op(Op::RERAISE, 0);
  const std::uint32_t cleanup = m.here();
  m.op(Op::COPY, 3).op(Op::POP_EXCEPT).op(Op::RERAISE, 1);
  m.c.exception_table = {{body, handler, handler, 0, false}, {handler, cleanup, cleanup, 1, true}};
  return m.done(4);
}

// The bytes of every file of the bad corpus, by name.
std::map<std::string, std::string> make_bad_corpus();

}  // namespace

TEST_CASE("format: the layout is the documented one") {
  CHECK(serialize(*tiny_module(), source_info(kSource)) == tiny_file_by_hand());
  // 64-bit FNV-1a's published values.
  CHECK(source_hash("") == 0xcbf29ce484222325ull);
  CHECK(source_hash("a") == 0xaf63dc4c8601ec8cull);
  CHECK(source_hash("foobar") == 0x85944171f73967e8ull);
  LoadResult r = load(tiny_file_by_hand());
  REQUIRE(r.ok());
  CHECK(r.error == "");
  CHECK(r.source.known);
  CHECK(r.source.size == kSource.size());
  CHECK(r.source.hash == source_hash(kSource));
  CHECK(looks_like_bytecode(tiny_file_by_hand()));
  CHECK_FALSE(looks_like_bytecode("x = 1\n"));
}

TEST_CASE("format: round trips") {
  for (const auto& code : {tiny_module(), talk_module(), try_module(), rich_module()}) {
    REQUIRE(verify(*code).error == "");
    for (bool known : {true, false}) {
      SourceInfo info = known ? source_info("print(1)\n") : SourceInfo{};
      const std::string file = serialize(*code, info);
      LoadResult r = load(file);
      REQUIRE(r.error == "");
      CHECK(identical(*r.code, *code));
      CHECK(r.source.known == known);
      CHECK(r.source.size == info.size);
      CHECK(r.source.hash == info.hash);
      CHECK(serialize(*r.code, r.source) == file);
    }
  }
  // identical() notices a difference anywhere.
  Code a = *rich_module(), b = a;
  CHECK(identical(a, b));
  b.consts[7] = Constant::floating(0.1 + 1e-17 * 2);
  CHECK_FALSE(identical(a, b));
  b = a;
  b.consts[6] = Constant::floating(0.0);  // -0.0 differs from 0.0
  CHECK_FALSE(identical(a, b));
  b = a;
  b.positions[3].end_col = 9;
  CHECK_FALSE(identical(a, b));
}

TEST_CASE("format: every truncation of a valid file is reported as truncated") {
  for (const std::string& file : {tiny_file_by_hand(), serialize(*rich_module(), source_info("x"))}) {
    for (std::size_t n = 0; n < file.size(); ++n) {
      LoadResult r = load(std::string_view(file).substr(0, n));
      CHECK_FALSE(r.ok());
      CHECK_MESSAGE(r.error.rfind("truncated file", 0) == 0, "length " << n << ": " << r.error);
    }
  }
}

TEST_CASE("format: the corpus of bad files") {
  const std::map<std::string, std::string> corpus = make_bad_corpus();
  if (std::getenv("PEPPY_WRITE_BYTECODE_CORPUS")) {
    fs::create_directories(corpus_dir());
    for (const auto& [name, bytes] : corpus) {
      std::ofstream out(corpus_dir() / name, std::ios::binary);
      out << bytes;
    }
  }
  // MANIFEST: "name.pyb: expected message" lines; '#' starts a comment line.
  std::ifstream manifest(corpus_dir() / "MANIFEST");
  REQUIRE(manifest);
  std::map<std::string, std::string> expected;
  for (std::string line; std::getline(manifest, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t colon = line.find(": ");
    REQUIRE(colon != std::string::npos);
    expected[line.substr(0, colon)] = line.substr(colon + 2);
  }
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(corpus_dir())) {
    const std::string name = entry.path().filename().string();
    if (name == "MANIFEST") continue;
    ++files;
    INFO("file " << name);
    REQUIRE(expected.count(name) == 1);
    const std::string bytes = read_bytes(entry.path());
    // The committed file is the one the generator makes (so the corpus can be remade).
    CHECK(corpus.count(name) == 1);
    if (corpus.count(name)) CHECK(corpus.at(name) == bytes);
    LoadResult r = load(bytes);
    CHECK_FALSE(r.ok());
    CHECK(r.error == expected[name]);
  }
  CHECK(files == expected.size());
  CHECK(files == corpus.size());
  MESSAGE(files << " bad bytecode files rejected with their messages");
}

TEST_CASE("format: fuzzing never crashes the loader") {
  const std::vector<std::string> bases = {serialize(*tiny_module(), source_info(kSource)),
                                          serialize(*talk_module(), source_info("def f(y): x = y + 4; return x\n")),
                                          serialize(*try_module(), SourceInfo{}),
                                          serialize(*rich_module(), source_info("rich"))};
  std::mt19937_64 rng(20261202);
  int accepted = 0, rejected = 0;
  for (int iteration = 0; iteration < 6000; ++iteration) {
    std::string file = bases[rng() % bases.size()];
    const int damage = 1 + static_cast<int>(rng() % 4);
    for (int d = 0; d < damage; ++d) {
      const std::size_t at = rng() % file.size();
      switch (rng() % 8) {
        case 0:
          file.resize(at + 1);  // cut
          break;
        case 1:
          file.insert(file.begin() + static_cast<long>(at), static_cast<char>(rng()));  // insert a byte
          break;
        case 2:
          if (file.size() > 1) file.erase(file.begin() + static_cast<long>(at));  // drop a byte
          break;
        case 3:
          file[at] = static_cast<char>(rng());  // a random byte
          break;
        default:
          file[at] = static_cast<char>(file[at] ^ (1 << (rng() % 8)));  // flip a bit
          break;
      }
    }
    LoadResult r = load(file);
    if (r.ok()) {
      ++accepted;
      CHECK(r.error.empty());
      CHECK(verify(*r.code).ok());
      CHECK_FALSE(disassemble(*r.code).empty());
      CHECK(serialize(*r.code, r.source) == file);
    } else {
      ++rejected;
      CHECK_FALSE(r.error.empty());
      CHECK(r.error.find('\n') == std::string::npos);
    }
  }
  MESSAGE("fuzz: " << accepted << " damaged files accepted (still valid), " << rejected << " rejected");
  CHECK(rejected > accepted);
}

namespace {

std::map<std::string, std::string> make_bad_corpus() {
  std::map<std::string, std::string> c;
  const std::string tiny = tiny_file_by_hand();

  // ---- the header ----
  c["empty.pyb"] = "";
  c["magic_only.pyb"] = "PEPY";
  c["bad_magic.pyb"] = std::string("\xa7\x0d\x0d\x0a\0\0\0\0", 8) + tiny.substr(8);  // a CPython 3.11 .pyc's start
  c["source_file.pyb"] = "x = 1\n";
  c["version_3.pyb"] = Bytes().header(kSource, 3).b + tiny.substr(kHeaderSize);
  c["version_0.pyb"] = Bytes().header(kSource, 0).b + tiny.substr(kHeaderSize);
  c["header_flags.pyb"] = Bytes().header(kSource, 1, 2).b + tiny.substr(kHeaderSize);
  c["no_source_with_hash.pyb"] = Bytes().header(kSource, 1, kFlagNoSource).b + tiny.substr(kHeaderSize);
  c["truncated_header.pyb"] = tiny.substr(0, 20);

  // ---- structure ----
  c["truncated_name.pyb"] = Bytes().header(kSource).uvar(8).raw("<mod").b;
  c["truncated_words.pyb"] = Bytes().header(kSource).code_head("<module>", 1).uvar(2).le(make_word(Op::LOAD_CONST, 0), 4).b;
  c["truncated_last_byte.pyb"] = tiny.substr(0, tiny.size() - 1);
  c["truncated_float.pyb"] = Bytes()
                                 .header(kSource)
                                 .code_head("<module>", 1)
                                 .words({make_word(Op::LOAD_CONST, 0), make_word(Op::RETURN_VALUE, 0)})
                                 .uvar(1)
                                 .le(static_cast<int>(Constant::Kind::Float), 1)
                                 .le(0, 5)
                                 .b;
  c["trailing_data.pyb"] = tiny + "abc";
  c["two_modules.pyb"] = tiny + tiny;
  c["huge_word_count.pyb"] = Bytes().header(kSource).code_head("<module>", 1).uvar(0xFFFFFFFF).le(0, 40).b;
  c["huge_const_count.pyb"] = Bytes()
                                  .header(kSource)
                                  .code_head("<module>", 1)
                                  .words({make_word(Op::LOAD_CONST, 0), make_word(Op::RETURN_VALUE, 0)})
                                  .uvar(0xFFFFFFFF)
                                  .le(0, 5)
                                  .b;
  c["huge_string.pyb"] = Bytes().header(kSource).uvar(0xFFFFFFFF).raw("<module>").b;
  c["huge_tuple.pyb"] = Bytes()
                            .header(kSource)
                            .code_head("<module>", 1)
                            .words({make_word(Op::LOAD_CONST, 0), make_word(Op::RETURN_VALUE, 0)})
                            .uvar(1)
                            .le(static_cast<int>(Constant::Kind::Tuple), 1)
                            .uvar(0xFFFFFFFF)
                            .le(0, 9)
                            .b;
  c["huge_names_count.pyb"] = Bytes()
                                  .header(kSource)
                                  .code_head("<module>", 1)
                                  .words({make_word(Op::LOAD_CONST, 0), make_word(Op::RETURN_VALUE, 0)})
                                  .uvar(1)
                                  .le(0, 1)
                                  .uvar(1000000)
                                  .raw("abc")
                                  .b;
  c["varint_not_shortest.pyb"] =
      Bytes().header(kSource).str("<module>").str("<module>").str("x.py").svar(1).raw(std::string("\x80\x00", 2)).b +
      tiny.substr(kHeaderSize + 9 + 9 + 5 + 1 + 1);
  c["varint_too_large.pyb"] = Bytes()
                                  .header(kSource)
                                  .str("<module>")
                                  .str("<module>")
                                  .str("x.py")
                                  .svar(1)
                                  .uvar(0)
                                  .uvar(0)
                                  .uvar(0)
                                  .uvar(0x1FFFFFFFFull)
                                  .b +
                              tiny.substr(kHeaderSize + 9 + 9 + 5 + 1 + 3 + 1);
  c["varint_too_long.pyb"] = Bytes().header(kSource).raw(std::string(10, '\xff')).raw("\x01").b;
  c["firstlineno_out_of_range.pyb"] = Bytes().header(kSource).str("<module>").str("<module>").str("x.py").svar(1ll << 40).b +
                                      tiny.substr(kHeaderSize + 9 + 9 + 5 + 1);
  c["position_out_of_range.pyb"] = Bytes()
                                       .header(kSource)
                                       .code_head("<module>", 1)
                                       .uvar(2)
                                       .le(make_word(Op::LOAD_CONST, 0), 4)
                                       .le(make_word(Op::RETURN_VALUE, 0), 4)
                                       .svar(0).svar(0).svar(0).svar(4)
                                       .svar(3000000000ll).svar(0).svar(0).svar(4)
                                       .uvar(1).le(0, 1)
                                       .empty_tail()
                                       .b;
  c["bad_constant_tag.pyb"] = Bytes()
                                  .header(kSource)
                                  .code_head("<module>", 1)
                                  .words({make_word(Op::LOAD_CONST, 0), make_word(Op::RETURN_VALUE, 0)})
                                  .uvar(1)
                                  .le(12, 1)
                                  .empty_tail()
                                  .b;
  c["bad_push_lasti.pyb"] = Bytes()
                                .header(kSource)
                                .code_head("<module>", 1)
                                .words({make_word(Op::LOAD_CONST, 0), make_word(Op::RETURN_VALUE, 0)})
                                .uvar(1)
                                .le(0, 1)
                                .uvar(0).uvar(0).uvar(0).uvar(0)
                                .uvar(1).uvar(0).uvar(1).uvar(0).uvar(0).le(2, 1)
                                .b;
  {
    Constant t = Constant::none();
    for (int i = 0; i < peppy::limits::kMaxBytecodeNesting; ++i) t = Constant::tuple({t});
    Code m = *tiny_module();
    m.consts[0] = t;
    c["too_deep_tuples.pyb"] = serialize(m, source_info(kSource));
  }
  {
    std::shared_ptr<Code> inner;
    for (int i = 0; i <= peppy::limits::kMaxBytecodeNesting; ++i) {
      Asm a(i == peppy::limits::kMaxBytecodeNesting ? "<module>" : "<lambda>");
      a.c.consts = {Constant::none()};
      if (inner) a.c.consts.push_back(Constant::code_object(inner));
      a.op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE);
      inner = a.done(1);
    }
    c["too_deep_code.pyb"] = serialize(*inner, source_info(kSource));
  }

  // ---- verification: a module with instructions 0-11 fine, then the broken part ----
  auto module = [](auto&& emit, std::uint32_t stacksize = 1) {
    Asm m("<module>");
    m.c.consts = {Constant::none(), Constant::integer("1"), Constant::integer("2"), Constant::string("s"),
                  Constant::floating(2.5)};
    m.c.names = {"a", "b"};
    for (std::uint32_t i = 0; i < 6; ++i) m.op(Op::LOAD_CONST, i % 5, static_cast<int>(i) + 1).op(Op::POP_TOP);
    emit(m);
    return serialize(*m.done(stacksize), source_info(kSource));
  };
  auto ret = [](Asm& m) { m.op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE); };
  c["const_index.pyb"] = module([&](Asm& m) { m.op(Op::LOAD_CONST, 7).op(Op::RETURN_VALUE); });
  c["name_index.pyb"] = module([&](Asm& m) { m.op(Op::LOAD_NAME, 2).op(Op::RETURN_VALUE); });
  c["local_index.pyb"] = module([&](Asm& m) { m.op(Op::LOAD_FAST, 0).op(Op::RETURN_VALUE); });
  c["cell_index.pyb"] = module([&](Asm& m) { m.op(Op::LOAD_DEREF, 0).op(Op::RETURN_VALUE); });
  c["invalid_opcode.pyb"] = module([&](Asm& m) { m.word(0xFF); ret(m); });
  c["operand_on_nop.pyb"] = module([&](Asm& m) { m.op(Op::NOP, 3); ret(m); });
  c["binop_26.pyb"] = module([&](Asm& m) { m.op(Op::LOAD_CONST, 1).op(Op::LOAD_CONST, 1).op(Op::BINARY_OP, 26).op(Op::RETURN_VALUE); }, 2);
  c["compare_6.pyb"] = module([&](Asm& m) { m.op(Op::LOAD_CONST, 1).op(Op::LOAD_CONST, 1).op(Op::COMPARE_OP, 6).op(Op::RETURN_VALUE); }, 2);
  c["swap_1.pyb"] = module([&](Asm& m) { m.op(Op::LOAD_CONST, 1).op(Op::SWAP, 1).op(Op::RETURN_VALUE); });
  c["build_slice_4.pyb"] = module([&](Asm& m) { m.op(Op::BUILD_SLICE, 4).op(Op::RETURN_VALUE); });
  c["raise_varargs_3.pyb"] = module([&](Asm& m) { m.op(Op::RAISE_VARARGS, 3); });
  c["missing_cache.pyb"] = module([&](Asm& m) { m.word(make_word(Op::LOAD_GLOBAL, 0)); });
  c["nonzero_cache.pyb"] = module([&](Asm& m) { m.word(make_word(Op::LOAD_GLOBAL, 0)).word(1).op(Op::RETURN_VALUE); });
  c["extended_arg_at_end.pyb"] = module([&](Asm& m) { ret(m); m.word(make_word(Op::EXTENDED_ARG, 1)); });
  c["jump_into_cache.pyb"] = module([&](Asm& m) { m.op(Op::JUMP, 14).op(Op::LOAD_GLOBAL, 0).op(Op::RETURN_VALUE); });
  c["jump_past_end.pyb"] = module([&](Asm& m) { m.op(Op::JUMP, 1000); ret(m); });
  c["jump_to_end.pyb"] = module([&](Asm& m) { m.op(Op::JUMP, 15); ret(m); });
  c["jump_into_extended_arg.pyb"] = module([&](Asm& m) {
    m.op(Op::JUMP, 14).word(make_word(Op::EXTENDED_ARG, 0)).op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE);
  });
  c["stack_underflow.pyb"] = module([&](Asm& m) { m.op(Op::POP_TOP); ret(m); });
  c["stack_underflow_return.pyb"] = module([&](Asm& m) { m.op(Op::RETURN_VALUE); });
  c["inconsistent_depth.pyb"] = module([&](Asm& m) {
    // if a: push 1 -- the join at 16 is reached with depths 0 and 1.
    m.op(Op::LOAD_NAME, 0).op(Op::POP_JUMP_IF_FALSE, 16).op(Op::LOAD_CONST, 1).op(Op::NOP).op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE);
  }, 2);
  c["stacksize_too_big.pyb"] = module(ret, 3);
  c["stacksize_too_small.pyb"] = module([&](Asm& m) { m.op(Op::LOAD_CONST, 1).op(Op::LOAD_CONST, 1).op(Op::BUILD_TUPLE, 2).op(Op::RETURN_VALUE); });
  c["falls_off_end.pyb"] = module([&](Asm& m) { m.op(Op::NOP); });
  c["return_generator_late.pyb"] = module([&](Asm& m) { m.op(Op::RETURN_GENERATOR); ret(m); });
  // Exception tables: entry 0 covers the LOAD_NAME at 12, handler at 16.
  auto guarded = [&](ExceptionEntry e, std::uint32_t stacksize = 1) {
    return module([&](Asm& m) {
      m.op(Op::LOAD_NAME, 0).op(Op::POP_TOP);           // 12 13
      ret(m);                                            // 14 15
      m.op(Op::POP_TOP).op(Op::LOAD_CONST, 0).op(Op::RETURN_VALUE);  // 16: the handler
      m.c.exception_table = {e};
    }, stacksize);
  };
  c["exception_empty_range.pyb"] = guarded({13, 13, 16, 0, false});
  c["exception_end_past.pyb"] = guarded({12, 20, 16, 0, false});
  c["exception_start_in_cache.pyb"] = module([&](Asm& m) {
    m.op(Op::LOAD_GLOBAL, 0).op(Op::POP_TOP); ret(m);
    m.op(Op::POP_TOP); ret(m);
    m.c.exception_table = {{13, 14, 17, 0, false}};
  });
  c["exception_target_past_end.pyb"] = guarded({12, 14, 19, 0, false});
  c["exception_target_cache.pyb"] = module([&](Asm& m) {
    m.op(Op::LOAD_NAME, 0).op(Op::POP_TOP); ret(m);
    m.op(Op::LOAD_GLOBAL, 0); ret(m);
    m.c.exception_table = {{12, 14, 17, 0, false}};
  });
  c["exception_depth_above_stacksize.pyb"] = guarded({12, 14, 16, 2, false});
  c["exception_same_start.pyb"] = module([&](Asm& m) {
    m.op(Op::LOAD_NAME, 0).op(Op::POP_TOP); ret(m);
    m.op(Op::POP_TOP); ret(m);
    m.c.exception_table = {{12, 14, 16, 0, false}, {12, 13, 16, 0, false}};
  });
  c["exception_handler_depth.pyb"] = guarded({12, 14, 16, 1, false});
  c["exception_handler_join.pyb"] = guarded({12, 14, 14, 0, true}, 2);
  // Code object fields.
  auto field = [&](auto&& breaks) {
    Code m = *tiny_module();
    breaks(m);
    return serialize(m, source_info(kSource));
  };
  c["unknown_flags.pyb"] = field([](Code& m) { m.flags = 0x10000; });
  c["argcount_vs_varnames.pyb"] = field([](Code& m) { m.argcount = 2, m.varnames = {"x"}; });
  c["posonly_vs_argcount.pyb"] = field([](Code& m) { m.argcount = 1, m.posonlyargcount = 2, m.varnames = {"x", "y"}; });
  c["name_not_utf8.pyb"] = field([](Code& m) { m.names = {"ok", "b\xe9"}; });
  c["freevar_surrogate.pyb"] = field([](Code& m) { m.freevars = {"\xed\xb0\x80"}; });
  c["bad_int_constant.pyb"] = field([](Code& m) { m.consts.push_back(Constant::integer("1_000")); });
  c["bad_str_constant.pyb"] = field([](Code& m) { m.consts.push_back(Constant::tuple({Constant::string("\xf8")})); });
  c["no_instructions.pyb"] = field([](Code& m) { m.code.clear(), m.positions.clear(), m.stacksize = 0; });
  c["position_below_minus_one.pyb"] = field([](Code& m) { m.positions[1].end_col = -2; });
  c["stacksize_huge.pyb"] = field([](Code& m) { m.stacksize = 0xFFFFFFFF; });
  {
    // The error is in a nested function.
    Code m = *talk_module();
    auto f = std::make_shared<Code>(*talk_function());
    f->code[2] = make_word(Op::BINARY_OP, 99);
    m.consts[0] = Constant::code_object(f);
    c["nested_function_binop.pyb"] = serialize(m, source_info(kSource));
  }
  return c;
}

}  // namespace
