# := inside a comprehension in a class body has no function scope to bind in.
class Report:
    rows = [1, 2, 3]
    big = [r for r in rows if (last := r) > 1]
