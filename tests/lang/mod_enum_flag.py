# enum.Flag and IntFlag: combining, reprs, membership, iteration, auto().
from enum import Flag, IntFlag, auto, Enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name, repr(Perm))
print(Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(repr(rw & Perm.R), repr(rw ^ Perm.R), repr(~Perm.R), repr(~rw), repr(Perm(7)))
print(list(Perm), len(Perm), list(rw), len(rw), Perm(6) is rw)
print(isinstance(rw, Perm), isinstance(Perm.R, Enum), Perm['W'])
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(list(Color), Color.WHITE, repr(Color.RED | Color.BLUE), Color.GREEN.value, Color.BLUE.value)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
print(repr(m), str(m), m == 6, m + 1, f"{m}", isinstance(m, int), repr(Mode.READ | 8))
print(repr(Mode(0)), repr(~Mode.READ), Mode.READ & 4, repr(Mode.READ & 4), repr(2 | Mode.EXEC))
print(Mode.WRITE in m, list(m), repr(Mode), Mode(5))
