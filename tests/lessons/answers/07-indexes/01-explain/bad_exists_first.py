def uses_index(qs):
    if not qs.exists():
        return False
    return "SCAN" not in qs.explain()
