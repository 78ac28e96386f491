import contextlib, sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as t:
    print('inside', t)

@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print('generator caught', e)

with catching():
    raise ValueError('boom')
print('after suppressed')

try:
    with tag('b'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError:
        raise RuntimeError('converted')

try:
    with transform():
        1 / 0
except RuntimeError as e:
    print('RuntimeError', e, type(e.__context__).__name__)

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2
print(decorated(21))
print(decorated(1))

with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
        return False

with ExitStack() as stack:
    vals = [stack.enter_context(CM(i)) for i in range(3)]
    stack.callback(print, 'callback', 'ran')
    print('vals', vals)

try:
    with ExitStack() as stack:
        stack.enter_context(CM('x'))
        stack.push(lambda *exc: print('push saw', exc[0].__name__))
        raise TypeError('inner')
except TypeError as e:
    print('TypeError', e)

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise OSError('swallowed')
print('swallowed by push')

stack = ExitStack()
stack.enter_context(CM('late'))
moved = stack.pop_all()
stack.close()
print('moved')
moved.close()

try:
    with ExitStack() as s:
        s.enter_context(CM)
except TypeError as e:
    print('TypeError', e)

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return ''.join(self.parts)
buf = Buf()
with redirect_stdout(buf):
    print('captured line')
print('buffer:', repr(buf.getvalue()))
