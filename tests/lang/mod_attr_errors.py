# AttributeError wording for modules: reading a missing attribute names the
# module (also sys, whose module object has a class of its own here);
# deleting one uses object.__delattr__'s words, as CPython 3.11 does.
import json
import math
import sys

for mod in (math, json, sys):
    try:
        mod.nope
    except AttributeError as e:
        print(e)
    try:
        del mod.nope
    except AttributeError as e:
        print(e)
sys.extra = 1
print(sys.extra, "extra" in vars(sys))
del sys.extra
print(hasattr(sys, "extra"), sys)
