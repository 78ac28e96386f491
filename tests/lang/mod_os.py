# os: what a kata script uses — the constants, os.environ/getenv (the
# sandbox's environment starts without the variables tested here), and
# os.path's string functions, checked against CPython 3.11.
import os
import os.path
from os import path as p
from os.path import join, splitext

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep)
os.environ.setdefault("DJANGO_SETTINGS_MODULE_KATA", "mysite.settings")
print(os.environ["DJANGO_SETTINGS_MODULE_KATA"], os.getenv("DJANGO_SETTINGS_MODULE_KATA"))
print(os.getenv("ORMKATA_SURELY_UNSET"), os.getenv("ORMKATA_SURELY_UNSET", "fallback"))
print(os.environ.get("ORMKATA_SURELY_UNSET", 42), "ORMKATA_SURELY_UNSET" in os.environ)
for bad in (1, None):
    try:
        os.environ["ORMKATA_X"] = bad
    except TypeError as e:
        print("TypeError:", e)
del os.environ["DJANGO_SETTINGS_MODULE_KATA"]
print("DJANGO_SETTINGS_MODULE_KATA" in os.environ)

print(join("a", "b", "c.py"), join("/a/", "b"), join("a", "/abs", "c"), join("", "x"), p.join("a", ""))
for s in ("a/b/c.txt", "/", "//x//", "a", "a/", "", "/usr/lib/", "x/.bashrc", "archive.tar.gz", "..."):
    print(repr(s), os.path.split(s), os.path.basename(s), repr(os.path.dirname(s)), splitext(s), os.path.isabs(s))
for s in ("a//b/./c/../d", "/../x", "../../a", "", ".", "//a/b", "///a", "a/b/../.."):
    print(repr(s), repr(os.path.normpath(s)))


class P:
    def __fspath__(self):
        return "from/fspath"


print(os.fspath(P()), os.path.basename(P()))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)
