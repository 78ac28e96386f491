# The code attribute decides, even when set after creation; an int subclass counts as an int.
class Status(int):
    pass


e = SystemExit("ignored")
e.code = Status(4)
print(repr(e), e.code)
raise e
