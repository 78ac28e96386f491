class C:
    pass
match C():
    case C(a=1, a=2):
        pass
