class C:
    pass
match C():
    case C(x=longname, y=longname):
        pass
