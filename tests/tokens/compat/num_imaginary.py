1j 1J 1.5j .5j 1e5j 1.e5j 0j 1_0j 09j
