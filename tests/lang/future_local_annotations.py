# Without the future import: local variable annotations inside a function
# are never evaluated; module and class ones are, in order.
def f():
    x: undefined_name = 1
    y: also_undefined[1, 2]
    return x
print(f())

def show(tag):
    print('eval', tag)
    return tag

class C:
    a: show('a') = 1
    b: show('b')
    (c): show('c') = 3
print(C.__annotations__)

m: show('m') = 2
(n): show('n') = 3
print(__annotations__)

def g(a: show('param'), b: show('kw') = 1) -> show('ret'):
    pass
print(g.__annotations__)
try:
    z: undefined_at_module = 1
except NameError as e:
    print('NameError', e)
