# io — in-memory text and binary streams, as CPython 3.11's io.StringIO and
# io.BytesIO behave: write/read/readline(s)/iteration/seek/tell/truncate/
# getvalue, StringIO's newline= translation, close() after which every
# operation raises ValueError("I/O operation on closed file."), `with`.
# IOBase, TextIOBase and BufferedIOBase are there for isinstance().
# No files: kata Python programs cannot open any (open() is not io's here).
#
# Written for ormkata to CPython's documented behaviour (Modules/_io/
# stringio.c and bytesio.c semantics); appends are kept as a list of
# pieces and joined on the first read, so print(..., file=buf) in a loop
# stays linear.

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase:
    """The abstract base class for all I/O classes."""

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""


class TextIOBase(IOBase):
    """Base class for text I/O."""

    encoding = None
    errors = None
    newlines = None


def _index_arg(v, what):
    if v is None:
        return -1
    if isinstance(v, int):
        return int(v)
    if not hasattr(v, "__index__"):
        raise TypeError("argument should be integer or None, not '%s'" % type(v).__name__)
    return v.__index__()


class _MemoryIO:
    """What StringIO and BytesIO share: a value kept as a joined part plus
    pieces appended at its end, a position, closed. (Copied into both
    classes by _share: kata Python classes have a single base.)"""

    def _init_buffer(self, empty):
        self._empty = empty
        self._buf = empty
        self._tail = []         # pieces appended after _buf, not yet joined
        self._len = 0
        self._pos = 0
        self._closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def _value(self):
        if self._tail:
            self._buf = self._empty.join([self._buf] + self._tail)
            self._tail = []
        return self._buf

    def _put(self, s):
        n = len(s)
        if not n:
            return
        if self._pos == self._len:
            self._tail.append(s)
            self._len += n
            self._pos += n
            return
        v = self._value()
        if self._pos > self._len:
            v = v + self._pad * (self._pos - self._len)
        v = v[:self._pos] + s + v[self._pos + n:]
        self._buf = v
        self._len = len(v)
        self._pos += n

    def getvalue(self):
        self._check_open()
        return self._value()

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if isinstance(pos, int):
            pos = int(pos)
        elif hasattr(pos, "__index__"):
            pos = pos.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos if self._empty == b"" else
                                 "Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._empty == "":
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._empty == "":
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, self._len + pos)
        else:
            if self._empty == "":
                raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else _index_arg(size, "size")
        if size < 0:
            raise ValueError("Negative size value %d" % size if self._empty == "" else
                             "negative size value %d" % size)
        if size < self._len:
            self._buf = self._value()[:size]
            self._len = size
        return size

    def read(self, size=-1):
        self._check_open()
        size = _index_arg(size, "size")
        v = self._value()
        if self._pos >= self._len:
            return self._empty
        end = self._len if size < 0 else min(self._len, self._pos + size)
        s = v[self._pos:end]
        self._pos = end
        return s

    def _line_end(self, v, start):
        i = v.find(self._nl, start)
        return -1 if i < 0 else i + len(self._nl)

    def readline(self, size=-1):
        self._check_open()
        size = _index_arg(size, "size")
        v = self._value()
        if self._pos >= self._len:
            return self._empty
        end = self._line_end(v, self._pos)
        if end < 0:
            end = self._len
        if size >= 0:
            end = min(end, self._pos + size)
        s = v[self._pos:end]
        self._pos = end
        return s


def _share(cls):
    for name, v in _MemoryIO.__dict__.items():
        if not name.startswith("__") and name not in cls.__dict__:
            setattr(cls, name, v)
    return cls


@_share
class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _pad = "\0"
    _closed_msg = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._nl = "\n" if newline is None else newline
        self._init_buffer("")
        if initial_value:
            self._put(self._translate(initial_value))
            self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl in ("\r", "\r\n") and "\n" in s:
            s = s.replace("\n", nl)
        return s

    def _line_end(self, v, start):
        if self._newline != "":
            i = v.find(self._nl, start)
            return -1 if i < 0 else i + len(self._nl)
        # newline='': a line ends at \n, \r or \r\n, untranslated
        n = len(v)
        i = start
        while i < n:
            c = v[i]
            if c == "\n":
                return i + 1
            if c == "\r":
                return i + 2 if i + 1 < n and v[i + 1] == "\n" else i + 1
            i += 1
        return -1

    @property
    def line_buffering(self):
        self._checkClosed()
        return False

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._put(self._translate(s))
        return n

    def flush(self):
        pass

    def __next__(self):
        self._check_open()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def detach(self):
        raise UnsupportedOperation("detach")

    def __getstate__(self):
        self._check_open()
        return (self.getvalue(), self._newline, self._pos, None)


StringIO.__module__ = "_io"


@_share
class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _pad = b"\0"
    _nl = b"\n"
    _closed_msg = "I/O operation on closed file."

    def __init__(self, initial_bytes=None):
        self._init_buffer(b"")
        if initial_bytes is not None:
            self._put(self._as_bytes(initial_bytes))
            self._pos = 0

    @staticmethod
    def _as_bytes(b):
        if isinstance(b, bytes):
            return b
        if type(b).__name__ in ("bytearray", "memoryview"):
            return bytes(b)
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)

    def write(self, b):
        self._checkClosed()
        b = self._as_bytes(b)
        self._put(b)
        return len(b)

    def __iter__(self):
        return self

    def flush(self):
        self._check_open()

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buf):
        self._checkClosed()
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)


BytesIO.__module__ = "_io"
