match 1:
    case f(x) if x:
        pass
