def f(x):
    match x:
        case [1]:
            pass
        case somebody:
            pass
        case _:
            pass
