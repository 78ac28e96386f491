# A property without a doc takes its getter's docstring, as CPython's
# property() does, and getter()/setter()/deleter() copies keep or renew it.
class C:
    @property
    def x(self):
        "the x"
        return 1

    @x.setter
    def x(self, v):
        "setter doc is not used"

    @property
    def bare(self):
        return 2

    def _get(self):
        "from _get"
        return 3

    def _get2(self):
        "from _get2"
        return 4

    def _nodoc(self):
        return 5

    given = property(_get, doc="given doc")
    derived = property(_get)
    lam = property(lambda self: 6)
    none = property()


print(C.x.__doc__, C.bare.__doc__, C.given.__doc__, C.derived.__doc__, C.lam.__doc__, C.none.__doc__)
print(C.derived.getter(C._get2).__doc__, C.given.getter(C._get2).__doc__)
print(C.bare.getter(C._get2).__doc__, C.derived.getter(C._nodoc).__doc__)
print(C.derived.setter(C._get2).__doc__, C.derived.deleter(C._get2).__doc__, C.none.setter(C._get).__doc__)
print(property(C._nodoc, doc=None).__doc__, property(C._get, None, None, None).__doc__, property(None, C._get).__doc__)
print(C().x, C().derived, C.given.fget is C._get)


class WithDocAttr:
    __doc__ = "class doc"

    def __call__(self, obj):
        return 7


print(property(WithDocAttr()).__doc__)
print(type(C.__dict__['x']).__name__, isinstance(C.x, property))
