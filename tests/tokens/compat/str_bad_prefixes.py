ub'a' bu'a' ur'a' ru'a' fb'a' bf'a' uf'a' rr'a' bb'a'
