# imppkg_ns_a: holds the first portion of the namespace package nsdemo.
