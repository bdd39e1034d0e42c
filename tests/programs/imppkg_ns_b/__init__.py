# imppkg_ns_b: holds the second portion of the namespace package nsdemo.
