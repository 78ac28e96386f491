# logging.Formatter: asctime with and without datefmt, msecs, converter, fields of the record
import logging
import time

rec = logging.makeLogRecord({"name": "t", "msg": "hello %s", "args": ("you",), "levelname": "INFO",
                             "levelno": 20, "created": 1700000000.25, "msecs": 250.0})
f = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
f.converter = time.gmtime
print(f.format(rec))
g = logging.Formatter("[%(asctime)s] %(name)s: %(message)s", datefmt="%d/%m/%Y %H:%M")
g.converter = time.gmtime
print(g.format(rec), g.usesTime(), logging.Formatter("%(message)s").usesTime())
h = logging.Formatter("{asctime} {msecs:03.0f} {message!r}", style="{")
h.converter = time.gmtime
print(h.format(rec))
d = logging.Formatter("${asctime} $message", style="$", datefmt="%Y")
d.converter = time.gmtime
print(d.format(rec))
print(repr(logging.Formatter().format(rec)), rec.message, rec.asctime)
withdef = logging.Formatter("%(message)s %(user)s", defaults={"user": "nobody"})
print(withdef.format(rec))
rec2 = logging.LogRecord("x", logging.ERROR, "p.py", 3, "a=%(a)s b=%(b)s", ({"a": 1, "b": 2},), None)
print(rec2.getMessage(), rec2.args)
rec3 = logging.LogRecord("x", logging.ERROR, "p.py", 3, 42, None, None)
print(rec3.getMessage(), logging.Formatter("%(levelname)s:%(message)5s|").format(rec3))
try:
    logging.Formatter("%(nope)s").format(rec3)
except ValueError as e:
    print("ValueError", e)
print(sorted(logging.getLevelNamesMapping().items())[:3])
