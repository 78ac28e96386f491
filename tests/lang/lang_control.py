# Statements: if/elif/else, loops with else, break/continue, pass, del, assert, global.
for n in range(-2, 3):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n == 1:
        kind = "one"
    else:
        kind = "many"
    print(n, kind)

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("while-else not reached")

i = 0
while i < 3:
    i += 1
else:
    print("while-else reached", i)

for x in range(5):
    if x == 7:
        break
else:
    print("for-else reached")

for x in []:
    print("never")
else:
    print("empty for-else")


def find(seq, target):
    for idx, item in enumerate(seq):
        if item == target:
            break
    else:
        return -1
    return idx


print(find("hello", "l"), find("hello", "z"))

for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > 1:
            break
        print(outer, inner)

result = []
for c in "a1b2c3":
    if c.isdigit():
        pass
    else:
        result.append(c)
print(result)

v = [1, 2, 3, 4]
del v[1]
print(v)
name = "temp"
del name
try:
    print(name)
except NameError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a, b = 1, 2
del a, b

assert True
assert 1 + 1 == 2, "math"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert []
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

count = 0


def bump():
    global count
    count += 1


for _ in range(5):
    bump()
print(count)

while True:
    count -= 1
    if count == 2:
        break
print(count)

x = 10
if x > 5: print("one-line if")
for k in range(2): print("one-line for", k)
while x > 8: x -= 1
print(x); print("semicolons"); y = 3; print(y)
if x:
    pass
elif x is None:
    pass
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)))
