// sha512.hpp: SHA-512 (FIPS 180-4) of a byte string, for random.seed's str/bytes seeds
// (CPython's version 2 seeding appends the SHA-512 digest of the seed to it).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace peppy::vm {

// The 64-byte SHA-512 digest of `data`.
std::array<unsigned char, 64> sha512(std::string_view data);

}  // namespace peppy::vm
