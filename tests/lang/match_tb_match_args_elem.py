class D:
    __match_args__ = ("x", 2)
    x = 1
match D():
    case D(1, 2):
        pass
