"""A module's docstring is its __doc__.

It is stored before the body runs, as CPython's compiler does.
"""
print(repr(__doc__))
print(list(globals())[:2], globals()['__doc__'] is __doc__)
import textwrap
import calendar
print(repr(textwrap.__doc__))
print(calendar.__doc__.splitlines()[0])
__doc__ = "replaced"
print(__doc__)
