# sys.exit(3): finally blocks and with-exits run on the way out, no
# traceback, exit status 3.
import sys


class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit:", kind.__name__, value.code)
        return False


def work():
    try:
        with Resource():
            print("working")
            sys.exit(3)
    finally:
        print("finally in work")


try:
    work()
except ValueError:
    print("not caught by except ValueError")
finally:
    print("finally at module level")
print("never printed")
