x = 1
match "a":
    case f"{x}":
        pass
