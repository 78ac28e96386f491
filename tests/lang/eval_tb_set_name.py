# An exception from __set_name__ while a class is made: CPython 3.11 raises
# RuntimeError from it; the cause's traceback starts at __set_name__.


class Slot:
    def __set_name__(self, owner, name):
        check(name)


def check(name):
    if name.startswith("_"):
        raise ValueError("private name: " + name)


class Fine:
    a = Slot()


print("made", Fine.__name__)


class Broken:
    ok = Slot()
    _hidden = Slot()
