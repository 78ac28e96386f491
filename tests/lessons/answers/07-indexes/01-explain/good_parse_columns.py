def uses_index(qs):
    for line in qs.explain().splitlines():
        detail = line.split(" ", 3)[-1]
        if detail.startswith("SCAN"):
            return False
    return True
