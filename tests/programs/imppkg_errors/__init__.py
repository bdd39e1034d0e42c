# imppkg_errors: modules that fail to compile or raise while importing.
