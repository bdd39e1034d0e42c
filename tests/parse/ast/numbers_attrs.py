1 .real
1.0.imag
1j.real
0x10 .bit_length()
(1).real
1e5.hex()
1..is_integer()
1 if x else 2
