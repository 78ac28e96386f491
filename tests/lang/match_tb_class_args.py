class A:
    pass
def f(x):
    match x:
        case [1] | A(1,
              2):
            pass
f(A())
