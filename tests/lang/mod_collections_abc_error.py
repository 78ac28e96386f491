# Instantiating a collections.abc subclass that leaves abstract methods:
# CPython's TypeError and traceback.
from collections.abc import MutableMapping


class Registry(MutableMapping):
    def __getitem__(self, key):
        return 1

    def __len__(self):
        return 0


print(sorted(Registry.__abstractmethods__))
registry = Registry()
