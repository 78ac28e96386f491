match 1: pass
