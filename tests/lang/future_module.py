"""A docstring may come before the future statements."""
# and comments
from __future__ import annotations
from __future__ import (generator_stop as gs, division, absolute_import,
                        with_statement, print_function, unicode_literals,
                        nested_scopes, generators)
from __future__ import barry_as_FLUFL
import __future__

print(__future__.annotations)
print(gs is __future__.generator_stop, division)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)
print(type(annotations).__name__, type(annotations).__module__)
print(__future__.__all__)
print(annotations is __future__.annotations)

# Annotations are strings, never evaluated: undefined names are fine.
def f(a: Undefined, *args: Also[Undefined], b: 'q' = 1, **kw: dict[str, Nope]) -> Nothing | None:
    return a
print(f.__annotations__)
print(f(1))
lam = lambda x: x
print(lam.__annotations__)

class C:
    x: Missing = 1
    y: list[Missing]
    z: (int)
    (w): int = 2       # not simple: not stored
print(C.__annotations__, C.x, C.w)

v: Undefined = 5
(u): Other = 6
print(__annotations__, v, u)

def g():
    loc: Undefined[1] = 7
    only: AlsoUndefined
    return loc
print(g(), g.__annotations__)

print(1 != 2)
