# An assignment expression target must be a plain name.
class A:
    b = 0


if (A.b := 1) > 0:
    print("never")
