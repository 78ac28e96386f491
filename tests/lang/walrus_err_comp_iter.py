# := may not appear in a comprehension iterable.
data = [1, 2]
print([x for x in (rows := data)])
