match 1:
    case x if x > 5:
        print("big")
    case _:
        print("small", x)
