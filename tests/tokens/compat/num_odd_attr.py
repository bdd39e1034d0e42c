1.real
1 .real
0x1.real
1j.imag
