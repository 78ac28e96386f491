# An assignment expression target must be a plain name.
d = [0]
print((d[0] := 1))
