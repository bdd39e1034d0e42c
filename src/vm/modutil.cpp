// modutil.cpp: the helpers of modutil.hpp (argument binding with CPython's messages for
// functions written in Python).
#include "vm/modutil.hpp"

#include <vector>

namespace peppy::vm::modutil {

using namespace objects;

namespace {

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'": a list of missing names as CPython words it.
std::string name_list(const std::vector<const char*>& ns) {
  std::string s;
  for (std::size_t i = 0; i < ns.size(); ++i) {
    if (i > 0) s += ns.size() == 2 ? " and " : (i + 1 == ns.size() ? ", and " : ", ");
    s += "'";
    s += ns[i];
    s += "'";
  }
  return s;
}

}  // namespace

// Binds arguments as CPython binds a Python function's (see modutil.hpp).
bool bind_py_args(const char* qual, const Value* args, std::size_t nargs, Tuple* kwnames, const char* const* names,
                  std::size_t nparams, std::size_t nrequired, std::size_t npos, bool self_counted, Value* out) {
  for (std::size_t i = 0; i < nparams; ++i) out[i] = Value();
  std::size_t extra = self_counted ? 1 : 0;
  if (nargs > npos) {
    std::size_t pos_required = nrequired < npos ? nrequired : npos;
    std::string takes = pos_required == npos ? std::to_string(npos + extra)
                                             : "from " + std::to_string(pos_required + extra) + " to " +
                                                   std::to_string(npos + extra);
    std::size_t given = nargs + extra;
    raise(TypeErrorType, std::string(qual) + "() takes " + takes + " positional argument" +
                             (npos + extra == 1 && pos_required == npos ? "" : "s") + " but " + std::to_string(given) +
                             (given == 1 ? " was" : " were") + " given");
    return false;
  }
  for (std::size_t i = 0; i < nargs; ++i) out[i] = args[i];
  if (kwnames) {
    for (std::size_t k = 0; k < kwnames->length; ++k) {
      const std::string& kn = str_utf8_ref(as_str(kwnames->items[k]));
      std::size_t j = 0;
      while (j < nparams && kn != names[j]) ++j;
      if (j == nparams) {
        raise(TypeErrorType, std::string(qual) + "() got an unexpected keyword argument '" + kn + "'");
        return false;
      }
      if (out[j]) {
        raise(TypeErrorType, std::string(qual) + "() got multiple values for argument '" + kn + "'");
        return false;
      }
      out[j] = args[nargs + k];
    }
  }
  std::vector<const char*> missing;
  for (std::size_t i = 0; i < nrequired && i < npos; ++i)
    if (!out[i]) missing.push_back(names[i]);
  if (!missing.empty()) {
    raise(TypeErrorType, std::string(qual) + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                             (missing.size() == 1 ? "" : "s") + ": " + name_list(missing));
    return false;
  }
  for (std::size_t i = npos; i < nrequired; ++i)
    if (!out[i]) missing.push_back(names[i]);
  if (!missing.empty()) {
    raise(TypeErrorType, std::string(qual) + "() missing " + std::to_string(missing.size()) +
                             " required keyword-only argument" + (missing.size() == 1 ? "" : "s") + ": " +
                             name_list(missing));
    return false;
  }
  return true;
}

// Raises the TypeError for a value that is not an integer.
Value raise_not_integer(Value v) {
  return raise(TypeErrorType, "'" + type_name(v) + "' object cannot be interpreted as an integer");
}

}  // namespace peppy::vm::modutil
