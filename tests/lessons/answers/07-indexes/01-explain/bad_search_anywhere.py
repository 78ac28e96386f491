def uses_index(qs):
    return "SEARCH" in qs.explain()
