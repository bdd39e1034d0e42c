# complex numbers: arithmetic, parts, repr
z = 3 + 4j
w = complex(1, -2)
print(z, w, z.real, z.imag, abs(z))
print(z + w, z - w, z * w, z / w)
print(z.conjugate(), -z, +z, z == complex(3, 4), z != w)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2j, -2j, 0j)
print(complex(2), complex('1+2j'), complex(0, 0), complex(-1.5, 0))
print(type(z).__name__, z * 2, z * 2.5, 2 + z, z - 3)
print(repr(1 + 0j), repr(-0j), repr(complex(0, -0.0)), repr(1e20j))
print((-1) ** 0.5)
print(abs(1 + 1j), abs(-5j), (3 + 4j) / 5)
for k in range(5):
    print(k, 1j ** k, (1 + 1j) ** k)
print([z, w, 1j], (z,))
print(hash(3 + 0j) == hash(3), (1 + 2j) == (1 + 2j), 3 + 0j == 3, 1j == 1)
try:
    print(z < w)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(z / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
