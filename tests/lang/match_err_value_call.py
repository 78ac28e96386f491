match 1:
    case a.b():
        pass
    case a.b.c:
        pass
