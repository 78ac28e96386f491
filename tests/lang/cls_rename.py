# Renaming a class after it is made: __name__, __qualname__ and __module__
# change what its repr (and its instances' default repr) say.
class Inner:
    pass


print(repr(Inner), Inner.__name__, Inner.__qualname__, Inner.__module__)
Inner.__qualname__ = "Outer.Inner"
Inner.__module__ = "shop.models"
print(repr(Inner), Inner.__qualname__, Inner.__module__, Inner.__name__)
Inner.__name__ = "Renamed"
print(repr(Inner), Inner.__name__, Inner.__qualname__, type(Inner()).__name__)
print(repr(Inner()).split(" object")[0])
for attr, value in (("__name__", 3), ("__qualname__", None)):
    try:
        setattr(Inner, attr, value)
    except TypeError as e:
        print("TypeError:", e)
try:
    del Inner.__name__
except TypeError as e:
    print("TypeError:", e)
