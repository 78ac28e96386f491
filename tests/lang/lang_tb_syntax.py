# A SyntaxError: nothing runs, CPython reports the line and a caret.
print("this never prints")


def ok():
    return 1


if ok() == 1
    print("missing colon")
