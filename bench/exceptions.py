# Exception-heavy code: raise/catch, KeyError from dicts, finally, custom classes.
class AppError(Exception):
    pass


def check(n):
    if n % 3 == 0:
        raise AppError("bad %d" % n)
    return n


caught = 0
missing = 0
d = {"a": 1}
for i in range(200000):
    try:
        check(i)
    except AppError as e:
        caught += 1
    finally:
        pass
    try:
        d["b"]
    except KeyError:
        missing += 1
    try:
        int("x")
    except ValueError:
        pass
print(caught, missing)
