"""os — what kata programs use of it: the constants, os.environ and
getenv, and os.path (os/path.py), as CPython 3.11's on POSIX. A kata
runs in a sandbox without files, processes or a real environment: the
environment starts empty, and nothing here touches the machine."""

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


class _Environ(dict):
    """os.environ: str keys to str values, CPython's TypeError otherwise."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        super().__setitem__(key, value)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % item for item in self.items())


environ = _Environ()


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    if not isinstance(key, str) or not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(key if not isinstance(key, str) else value).__name__)


def unsetenv(key):
    pass


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = method(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(r).__name__))
    return r


from os import path
