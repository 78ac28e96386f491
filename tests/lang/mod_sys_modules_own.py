# A module a program puts in sys.modules is what `import` finds; its PEP 562
# __getattr__ answers `from m import name`, and an AttributeError from it
# is an ImportError (with .name, the module). ImportError's .path.
import sys
import types

m = types.ModuleType("lazy_mod")


def _getattr(name):
    if name.startswith("made_"):
        return name[5:].upper()
    raise AttributeError(f"module 'lazy_mod' has no attribute {name!r}")


m.__getattr__ = _getattr
m.plain = 1
sys.modules["lazy_mod"] = m

import lazy_mod
from lazy_mod import made_x, plain
print(lazy_mod is m, lazy_mod.made_abc, made_x, plain, "lazy_mod" in sys.modules)
try:
    from lazy_mod import other
except ImportError as e:
    print(type(e).__name__, e.name, e.path, str(e).split(" (")[0])
e = ImportError("plain message")
print(e.name, e.path, e.msg)
try:
    import surely_not_a_module_here
except ModuleNotFoundError as e:
    print(e.name, e.path, e)
