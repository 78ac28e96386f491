match 1:
    case value:
        pass
    case 2:
        pass
