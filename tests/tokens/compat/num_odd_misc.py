0x 0b2 0o8 1e 1e+ 0b 0o 1_e5 1._5 1.__class__ 1..real 1.j 5.e-3j
