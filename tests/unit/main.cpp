// main.cpp: the doctest runner of peppy's unit and golden-file tests.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
