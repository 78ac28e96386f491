class Color:
    RED = 1
match 2:
    case Color.RED:
        pass
    case Color.BLUE:
        pass
