match 1:
    case len():
        pass
