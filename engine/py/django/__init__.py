"""django: the version ormkata answers as (Django 5.2.18, the recorded
oracle) and setup(), which a script's boilerplate calls first: the
settings, apps and logging are already set up in a kata run, so it does
nothing more."""

VERSION = (5, 2, 18, "final", 0)


def get_version(version=None):
    version = VERSION if version is None else version
    main = "%d.%d" % version[:2] if version[2] == 0 else "%d.%d.%d" % version[:3]
    mapping = {"alpha": "a", "beta": "b", "rc": "rc"}
    sub = ""
    if version[3] != "final":
        sub = mapping[version[3]] + str(version[4])
    return main + sub


__version__ = get_version(VERSION)


def setup(set_prefix=True):
    pass
