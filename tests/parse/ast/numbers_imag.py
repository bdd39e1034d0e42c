1j
1J
0j
1.5j
.5j
1.j
1e3j
1e-3J
1_0j
1e400j
0.1j
00j
09j
09.5j
3 + 4j
x = 2j * 1j
