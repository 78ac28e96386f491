match 1:
    case (foo as bar):
        pass
    case 2:
        pass
