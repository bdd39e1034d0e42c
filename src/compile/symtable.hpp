// symtable.hpp: the symbol table pass, run over a module's AST before code generation
// (CPython's symtable.c). It makes one scope per module, function, lambda, class body
// and comprehension (in 3.11 each comprehension or generator expression is a function
// of its own, taking its first iterator as the argument ".0"), records how each name
// is used in each scope, then decides where every name lives: local, global (explicit
// or implicit), free (from an enclosing function) or cell (local, captured by an inner
// function). It raises the SyntaxErrors CPython's symtable raises, with its messages
// and positions.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast/ast_nodes.hpp"
#include "compile/future.hpp"

namespace peppy::compile {

// How a name is used in a scope (bits; CPython's DEF_* flags).
inline constexpr std::uint32_t DEF_GLOBAL = 1,      // `global name`
    DEF_LOCAL = 2,                                  // assigned here
    DEF_PARAM = 4,                                  // a parameter
    DEF_NONLOCAL = 8,                               // `nonlocal name`
    USE = 0x10,                                     // read here
    DEF_FREE = 0x20,                                // (unused, kept for CPython's numbering)
    DEF_FREE_CLASS = 0x40,                          // free in a method, also bound in the class
    DEF_IMPORT = 0x80,                              // bound by an import
    DEF_ANNOT = 0x100,                              // annotated (`name: T`)
    DEF_COMP_ITER = 0x200;                          // a comprehension's iteration variable
inline constexpr std::uint32_t DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// Where a name lives, the outcome of the analysis.
enum class Scope : std::uint8_t { None, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class BlockType : std::uint8_t { Function, Class, Module, Annotation };
enum class ComprehensionKind : std::uint8_t { None, List, Set, Dict, Generator };

// A name of a scope with its use flags and, after the analysis, its scope.
struct Symbol {
  std::string name;
  std::uint32_t flags = 0;
  Scope scope = Scope::None;
};

// Where a `global`/`nonlocal` statement (or an assignment expression's implied one)
// named a name: errors found in the analysis point at it.
struct Directive {
  std::string name;
  int lineno, col, end_lineno, end_col;
};

// One scope (CPython's symtable entry).
struct SymScope {
  BlockType type = BlockType::Module;
  std::string name;                  // "top", the function or class name, "lambda", "listcomp", ...
  const ast::Node* key = nullptr;    // the node that opened it
  int lineno = 0, col = 0, end_lineno = 0, end_col = 0;

  std::vector<Symbol> symbols;       // in order of first mention
  std::unordered_map<std::string, std::size_t> index;  // name -> position in symbols
  std::vector<std::string> varnames; // parameters, in order
  std::vector<SymScope*> children;
  std::vector<Directive> directives;

  ComprehensionKind comprehension = ComprehensionKind::None;
  bool nested = false;               // inside a function
  bool generator = false;            // contains yield (or is a generator expression)
  bool coroutine = false;            // async def, or contains await / async comprehension
  bool varargs = false, varkeywords = false;
  bool returns_value = false;
  bool needs_class_closure = false;  // a class whose methods use __class__ / super
  bool free = false;                 // has free variables
  bool child_free = false;           // a child scope has free variables
  bool comp_iter_target = false;     // building: inside a comprehension's target
  int comp_iter_expr = 0;            // building: inside a comprehension's iterable

  // The flags of `name` (already mangled), 0 if unknown.
  std::uint32_t flags_of(const std::string& name) const;
  // The scope of `name` (already mangled), Scope::None if unknown.
  Scope scope_of(const std::string& name) const;
  // Whether the scope is a function (def, lambda or comprehension).
  bool is_function() const { return type == BlockType::Function; }
};

// The symbol tables of a module: every scope, found by the node that opened it.
class SymbolTable {
 public:
  // Builds and analyses the tables of `module`. Throws CompileError.
  static std::unique_ptr<SymbolTable> build(const ast::Module& module, const FutureFeatures& future);

  // The scope opened by `key` (a Module, FunctionDef, AsyncFunctionDef, ClassDef,
  // Lambda or comprehension node); nullptr if none.
  const SymScope* lookup(const ast::Node* key) const;
  const SymScope* top() const { return top_; }

 private:
  friend class SymtableBuilder;
  std::vector<std::unique_ptr<SymScope>> scopes_;
  std::unordered_map<const ast::Node*, SymScope*> by_key_;
  SymScope* top_ = nullptr;
};

// Python's private name mangling: `__spam` inside class `Ham` is `_Ham__spam` (not
// dunder names, not dotted names; class names of only underscores mangle nothing).
std::string mangle(const std::string& class_name, const std::string& name);

}  // namespace peppy::compile
