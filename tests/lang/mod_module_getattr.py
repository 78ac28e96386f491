# types.ModuleType(name, doc) and PEP 562: a module's __getattr__ answers
# for the names it lacks; AttributeError from it is what hasattr/getattr see.
import types

m = types.ModuleType("lazy_mod", "A lazy module.")
print(m, m.__name__, m.__doc__, sorted(vars(m)))
print(repr(types.ModuleType("bare").__doc__))


def _getattr(name):
    if name.startswith("made_"):
        return name[5:].upper()
    raise AttributeError(f"module 'lazy_mod' has no attribute {name!r}")


m.__getattr__ = _getattr
m.plain = 1
print(m.made_abc, m.plain, getattr(m, "made_x"), hasattr(m, "nope"), getattr(m, "nope", "default"))
try:
    m.other
except AttributeError as e:
    print("AttributeError:", e)
for args in ((), ("a", "b", "c"), (1,)):
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print("TypeError:", e)
