s = rf'\n{x}' + fr'{y}\t' + Rf'z' + fR'w'
