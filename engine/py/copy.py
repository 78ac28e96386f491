"""copy: shallow and deep copies, as CPython's copy module makes them for
what a learner copies here (lists, dicts, sets, QuerySets, model
instances, plain objects).

Order of lookup, as CPython's: the built-in containers are copied
directly; otherwise the class's __copy__ / __deepcopy__; otherwise the
object is rebuilt from __reduce__() when its class defines one, or from a
new instance of its class given its __getstate__() or __dict__ (restored
through __setstate__ when defined). Objects without a __dict__ that are
not containers (numbers, strings, dates, Decimals, functions, classes) are
immutable here and come back as they are.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, type(len),
           type(Error), type(lambda: 0), property)


def _is_atomic(x):
    return isinstance(x, _ATOMIC) or not hasattr(x, "__dict__")


def _state_of(x):
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    return dict(x.__dict__)


def _set_state(y, state):
    if state is None:
        return
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
    else:
        y.__dict__.update(state)


def _reduced(x):
    """x.__reduce__() when x's class defines one, else None."""
    reduce = getattr(type(x), "__reduce__", None)
    if reduce is None:
        return None
    rv = reduce(x)
    if isinstance(rv, str):
        return None
    return rv


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in (list, dict, set):
        return x.copy()
    if cls in (tuple, frozenset) or _is_atomic(x):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduced(x)
    if rv is not None:
        y = rv[0](*rv[1])
        _set_state(y, rv[2] if len(rv) > 2 else None)
        return y
    y = cls.__new__(cls)
    _set_state(y, _state_of(x))
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id() of what was already copied."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        same = all(a is b for a, b in zip(items, x))
        y = x if same else tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif _is_atomic(x):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduced(x)
            if rv is not None:
                y = rv[0](*deepcopy(rv[1], memo))
                memo[d] = y
                if len(rv) > 2 and rv[2] is not None:
                    _set_state(y, deepcopy(rv[2], memo))
            else:
                y = cls.__new__(cls)
                memo[d] = y
                _set_state(y, deepcopy(_state_of(x), memo))
    memo[d] = y
    return y
