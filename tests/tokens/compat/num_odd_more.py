0_x 1e1_0 1_000j 0x_ 0b_1 0o_ 1_.5 1e_1 0xE+1 0b1if 0o7and 1jor
