"""itertools: CPython 3.11's iterator building blocks, each an iterator
class with __iter__/__next__ (kata Python has no generators). Lazy like
CPython's: nothing is consumed before next() asks for it."""

_MARKER = object()


class _Base:
    def __iter__(self):
        return self


class count(_Base):
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(v, "__add__"):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class cycle(_Base):
    """cycle(iterable): its items, then again and again."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __next__(self):
        if self._it is not None:
            for x in self._it:
                self._saved.append(x)
                return x
            self._it = None
        if not self._saved:
            raise StopIteration
        self._i = (self._i + 1) % len(self._saved)
        return self._saved[self._i]


class repeat(_Base):
    """repeat(object[, times]): object, times times or forever."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __len__(self):
        raise TypeError("object of type 'repeat' has no len()")

    def __length_hint__(self):
        return self._times if self._times is not None else 0

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


def _add(a, b):
    return a + b


class accumulate(_Base):
    """accumulate(iterable[, func, *, initial=None]): running totals."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = _add if func is None else func
        self._total = initial
        self._started = False
        self._initial = initial

    def __next__(self):
        if not self._started:
            self._started = True
            if self._initial is not None:
                return self._total
            self._total = next(self._it)
            return self._total
        self._total = self._func(self._total, next(self._it))
        return self._total


class chain(_Base):
    """chain(*iterables): the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterables):
        result = cls()
        result._sources = iter(iterables)
        return result

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._sources))
                except StopIteration:
                    self._sources = None
                    raise
            for x in self._active:
                return x
            self._active = None


class compress(_Base):
    """compress(data, selectors): the data items whose selector is true."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d


class dropwhile(_Base):
    """dropwhile(predicate, iterable): skip items while predicate holds."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        if self._dropping:
            for x in self._it:
                if not self._pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(self._it)


class takewhile(_Base):
    """takewhile(predicate, iterable): items while predicate holds."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse(_Base):
    """filterfalse(predicate, iterable): items for which predicate is false."""

    def __init__(self, predicate, iterable):
        self._pred = bool if predicate is None else predicate
        self._it = iter(iterable)

    def __next__(self):
        for x in self._it:
            if not self._pred(x):
                return x
        raise StopIteration


class _grouper(_Base):
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        p = self._parent
        if p._currgrouper is not self:
            raise StopIteration
        if p._currvalue is _MARKER:
            p._step()
        if p._currkey is _MARKER or not p._currkey == self._tgtkey:
            raise StopIteration
        value = p._currvalue
        p._currvalue = _MARKER
        return value


class groupby(_Base):
    """groupby(iterable, key=None): (key, group) for each run of items with
    equal keys; sort first to group a whole query result."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _MARKER
        self._currkey = _MARKER
        self._currvalue = _MARKER
        self._currgrouper = None

    def _step(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._currkey = _MARKER
            self._currvalue = _MARKER
            raise
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currvalue is _MARKER:
                self._step()
            if self._tgtkey is _MARKER or not self._currkey == self._tgtkey:
                break
            self._currvalue = _MARKER
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


def _islice_index(v, what):
    if v is None:
        return None
    if not isinstance(v, int) and hasattr(v, "__index__"):
        v = v.__index__()
    if isinstance(v, int):
        if v >= 0:
            return v
    raise ValueError(what)


class islice(_Base):
    """islice(iterable, stop) / islice(iterable, start, stop[, step])."""

    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if len(args) > 3:
            raise TypeError("islice expected at most 4 arguments, got %d"
                            % (len(args) + 1))
        if len(args) == 1:
            start, stop, step = None, args[0], None
            self._stop = _islice_index(stop, "Stop argument for islice() must "
                                       "be None or an integer: 0 <= x <= sys.maxsize.")
            self._start = 0
            self._step = 1
        else:
            start = args[0]
            stop = args[1]
            step = args[2] if len(args) == 3 else None
            msg = ("Indices for islice() must be None or an integer: "
                   "0 <= x <= sys.maxsize.")
            self._start = _islice_index(start, msg) or 0
            self._stop = _islice_index(stop, msg)
            s = _islice_index(step, "Step for islice() must be a positive "
                              "integer or None.")
            if s == 0:
                raise ValueError("Step for islice() must be a positive "
                                 "integer or None.")
            self._step = 1 if s is None else s
        self._it = iter(iterable)
        self._pos = 0          # index of the next item of the source
        self._next = self._start

    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            # CPython consumes up to stop before it ends
            while self._pos < self._stop:
                try:
                    next(self._it)
                except StopIteration:
                    break
                self._pos += 1
            self._it = None
            raise StopIteration
        while self._pos < self._next:
            try:
                next(self._it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1
        try:
            value = next(self._it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next += self._step
        return value


class pairwise(_Base):
    """pairwise(iterable): (s0, s1), (s1, s2), ..."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._prev = _MARKER

    def __next__(self):
        if self._prev is _MARKER:
            self._prev = next(self._it)
        b = next(self._it)
        a = self._prev
        self._prev = b
        return (a, b)


class starmap(_Base):
    """starmap(function, iterable): function(*args) for each args."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        return self._func(*next(self._it))


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.buf = []
        self.base = 0          # index of buf[0] in the whole stream


class _tee(_Base):
    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __next__(self):
        d = self._data
        i = self._pos - d.base
        if i < len(d.buf):
            value = d.buf[i]
        else:
            value = next(d.it)
            d.buf.append(value)
        self._pos += 1
        return value

    def __copy__(self):
        return _tee(self._data, self._pos)


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    data = _TeeData(iter(iterable))
    return tuple(_tee(data, 0) for _ in range(n))


class zip_longest(_Base):
    """zip_longest(*iterables, fillvalue=None)."""

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        values = []
        for i in range(len(self._its)):
            it = self._its[i]
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


class _IndexIterator(_Base):
    """Shared engine of the combinatoric iterators: walks index tuples
    produced by _advance() over a saved pool."""

    def _emit(self):
        return tuple(self._pool[i] for i in self._indices)


class product(_IndexIterator):
    """product(*iterables, repeat=1): the cartesian product."""

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self._pools = [tuple(p) for p in iterables] * repeat
        self._indices = None
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            for p in pools:
                if not p:
                    self._done = True
                    raise StopIteration
            self._indices = [0] * len(pools)
        else:
            i = len(pools) - 1
            while i >= 0:
                self._indices[i] += 1
                if self._indices[i] < len(pools[i]):
                    break
                self._indices[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
        return tuple(pools[i][self._indices[i]] for i in range(len(pools)))


class combinations(_IndexIterator):
    """combinations(iterable, r): r-length subsequences in order."""

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._done = r > len(self._pool)

    def __next__(self):
        if self._done:
            raise StopIteration
        n, r = len(self._pool), self._r
        if self._indices is None:
            self._indices = list(range(r))
            return self._emit()
        indices = self._indices
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return self._emit()


class combinations_with_replacement(_IndexIterator):
    """combinations_with_replacement(iterable, r)."""

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._done = not self._pool and r > 0

    def __next__(self):
        if self._done:
            raise StopIteration
        n, r = len(self._pool), self._r
        if self._indices is None:
            self._indices = [0] * r
            return self._emit()
        indices = self._indices
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return self._emit()


class permutations(_IndexIterator):
    """permutations(iterable, r=None): r-length orderings."""

    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        if r is None:
            r = n
        if r < 0:
            raise ValueError("r must be non-negative")
        self._r = r
        self._indices = None
        self._cycles = None
        self._done = r > n

    def __next__(self):
        if self._done:
            raise StopIteration
        n, r = len(self._pool), self._r
        if self._indices is None:
            self._indices = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return tuple(self._pool[i] for i in self._indices[:r])
        indices, cycles = self._indices, self._cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(self._pool[k] for k in indices[:r])
            i -= 1
        self._done = True
        raise StopIteration
