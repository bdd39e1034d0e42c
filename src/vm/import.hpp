// import.hpp: the import system (import.cpp): what the interpreter's IMPORT_* opcodes,
// the builtins, the module type and running __main__ need from it. docs/imports.md
// describes how modules are found.
#pragma once

#include <cstdint>
#include <string>

#include "objects/object.hpp"

namespace peppy::vm {

using objects::Str;
using objects::Type;
using objects::Value;

// IMPORT_NAME: `import name` / `from name import fromlist` with `level` leading dots, in
// a module whose globals are `globals` (borrowed). Goes through builtins.__import__ when
// a program replaced it. New reference or null with an error set.
Value import_module(Str* name, Value fromlist, Value level, Value globals);

// __import__(name, globals, None, fromlist, level) itself (CPython's
// PyImport_ImportModuleLevelObject): the top-level package without a fromlist, else
// the module. New reference or null with an error set.
Value import_name(Str* name, Value globals, Value fromlist, std::int64_t level);

// IMPORT_FROM: `name` from `module` (a submodule found in sys.modules if it is not an
// attribute yet), or CPython's ImportError ("cannot import name ..."). New reference.
Value import_from(Value module, Str* name);

// IMPORT_STAR: copies the module's public names (its __all__, else the names without a
// leading underscore) into `ns`. 0, or -1 with an error set.
int import_star(Value module, Value ns);

// The __main__ module for the program `filename` (new reference), registered in
// sys.modules; also fills sys.path (the script's folder, PEPPYPATH, peppy's lib/).
Value main_module(const std::string& filename);

// Sets the module type's slots: attribute get/set/delete (with __getattr__ and the
// "partially initialized module" message) and repr.
void setup_module_type(Type* t);

// Adds __import__ to the builtins dict.
void add_import_builtins(Value builtins);

// True while the module's body runs (it is being imported).
bool is_initializing(Value module);

}  // namespace peppy::vm
