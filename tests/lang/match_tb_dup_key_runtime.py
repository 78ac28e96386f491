class K:
    a = "a"
    b = "a"
match {"a": 1, "b": 2, "c": 3}:
    case {"c": 3, K.a: 1, K.b: 1}:
        pass
