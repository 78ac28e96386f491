try:
    {}['a']
except KeyError:
    raise ValueError("bad")
