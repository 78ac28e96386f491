# Class attributes read through the evaluator's lookup cache while a class
# counter changes (Django's Field.creation_counter pattern), then while the
# attribute turns into other kinds of values, descriptors included.
class A:
    n = 0
    x = 1

    def m(self):
        return "A.m"


class B(A):
    pass


b = B()
print(b.n, B.n, b.x, b.m())
for i in range(3):
    A.n += 1
    print(b.n, B.n, A.n, getattr(b, "n"))
A.n = 2.5
print(b.n, B.n)
A.n = None
print(b.n)
A.n = True
print(b.n)
A.n = "s"
print(b.n)
A.n = 7
print(b.n)
B.n = 9
print(b.n, A.n)
B.n = 10
print(b.n, A.n)
del B.n
print(b.n)
A.x = property(lambda self: "prop")
print(b.x)
A.x = 5
print(b.x)
A.m = 3
print(b.m)
A.m = lambda self: "lambda"
print(b.m())
b.__dict__["n"] = 100
print(b.n, B.n)
A.n = 8
print(b.n, B.n)
del b.__dict__["n"]
print(b.n)
