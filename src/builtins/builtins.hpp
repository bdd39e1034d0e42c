// builtins.hpp: the built-in functions (print, len, range, isinstance, min, max,
// sorted, zip, ...) and the builtins module's dict, plus the process's standard
// streams: sys.stdout/sys.stderr are simple text-writer objects over a buffer that the
// VM flushes at exit (flush_std_streams()).
#pragma once

#include <string_view>

#include "objects/object.hpp"

namespace peppy::builtins {

using objects::Value;

// The builtins module's dict (borrowed; made on first use, lives for the process).
// The VM adds its own entries (__build_class__, globals, exec, ...).
Value builtins_dict();

// The standard streams (borrowed). print() writes to the current sys.stdout; the VM may
// replace them (set_stdout) when the sys module's attributes are assigned.
Value std_stdout();
Value std_stderr();
Value std_stdin();
void set_stdout(Value stream);  // borrows
void set_stderr(Value stream);  // borrows

// Writes UTF-8 text to the process's stdout/stderr buffers.
void stdout_write(std::string_view utf8);
void stderr_write(std::string_view utf8);
// Flushes the buffered standard streams (call at exit, before os._exit-like paths, and
// before reading stdin).
void flush_std_streams();

}  // namespace peppy::builtins
