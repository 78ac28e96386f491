"""hashlib — md5, sha1, sha224, sha256, sha384 and sha512 as CPython 3.11's
hash objects (update/digest/hexdigest/copy, name, digest_size,
block_size, new(), and its TypeErrors). The digests are computed in C
(_hashlib over engine/db_hash.c) from all the data given so far."""

import _hashlib

_SIZES = {
    "md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64),
    "sha256": (32, 64), "sha384": (48, 128), "sha512": (64, 128),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, bytes):         # (kata Python has no bytearray or memoryview)
        return data
    raise TypeError("object supporting the buffer API required")


class _Hash:
    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = _as_bytes(data)

    def update(self, data):
        self._data += _as_bytes(data)

    def hexdigest(self):
        return _hashlib.hexdigest(self.name, self._data)

    def digest(self):
        return _hashlib.digest(self.name, self._data)

    def copy(self):
        h = _Hash(self.name)
        h._data = self._data
        return h

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %s>" % (self.name, hex(id(self)))


def new(name, data=b"", **kwargs):
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower()
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    return _Hash(key, data)


def md5(data=b"", *, usedforsecurity=True):
    return _Hash("md5", data)


def sha1(data=b"", *, usedforsecurity=True):
    return _Hash("sha1", data)


def sha224(data=b"", *, usedforsecurity=True):
    return _Hash("sha224", data)


def sha256(data=b"", *, usedforsecurity=True):
    return _Hash("sha256", data)


def sha384(data=b"", *, usedforsecurity=True):
    return _Hash("sha384", data)


def sha512(data=b"", *, usedforsecurity=True):
    return _Hash("sha512", data)
