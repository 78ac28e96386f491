# logging: hierarchy, levels, handlers, formatters (% { $), filters, adapters, extra=, exception text
import io
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(25), logging.getLevelName("X"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
root = logging.getLogger()
print(root, root is logging.root, logging.getLogger("root") is root)
a = logging.getLogger("app")
ab = logging.getLogger("app.db.x")
print(ab.parent is a, a.parent is root)
mid = logging.getLogger("app.db")
print(ab.parent is mid, mid.parent is a, a.getChild("db") is mid)
print(a, ab, a.getEffectiveLevel(), ab.isEnabledFor(logging.INFO), ab.isEnabledFor(logging.WARNING))
a.setLevel("DEBUG")
print(ab.getEffectiveLevel(), ab.isEnabledFor(logging.DEBUG), repr(ab))
for bad in ("LOUD", 1.5):
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s"))
a.addHandler(h)
ab.debug("x=%d y=%s", 3, "z")
ab.info("dict %(k)s", {"k": "v"})
mid.log(25, "custom level")
a.propagate = True
print(buf.getvalue(), end="")

b2 = io.StringIO()
h2 = logging.StreamHandler(b2)
h2.setFormatter(logging.Formatter("{levelname}:{name}:{message}:{user}", style="{"))
h2.setLevel(logging.WARNING)
mid.addHandler(h2)
ab.warning("careful %s", "now", extra={"user": "ann"})
ab.info("not for h2", extra={"user": "bob"})
print(repr(b2.getvalue()))
try:
    ab.info("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)

b3 = io.StringIO()
h3 = logging.StreamHandler(b3)
h3.setFormatter(logging.Formatter("$levelname-${name}: $message", style="$"))
lg3 = logging.getLogger("three")
lg3.addHandler(h3)
lg3.propagate = False
lg3.error("boom %s", 1)
lg3.critical("crit")
lg3.fatal("fatal")
print(repr(b3.getvalue()))

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0

b4 = io.StringIO()
h4 = logging.StreamHandler(b4)
lg4 = logging.getLogger("four")
lg4.propagate = False
lg4.addHandler(h4)
lg4.addFilter(OnlyEven())
for i in range(5):
    lg4.warning("n=%d", i)
h4.addFilter(lambda r: r.args[0] != 2)
lg4.warning("n=%d", 2)
lg4.warning("n=%d", 4)
print(repr(b4.getvalue()))
f = logging.Filter("app.db")
print(f.filter(logging.makeLogRecord({"name": "app.db.x"})), f.filter(logging.makeLogRecord({"name": "app.dbx"})),
      f.filter(logging.makeLogRecord({"name": "app"})))

adapter = logging.LoggerAdapter(lg3, {"ip": "1.2.3.4"})
h3.setFormatter(logging.Formatter("%(ip)s %(message)s"))
adapter.warning("from adapter %s", "!")
print(repr(b3.getvalue().splitlines()[-1]), adapter, adapter.isEnabledFor(logging.DEBUG))

class Custom(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs

b5 = io.StringIO()
lg5 = logging.getLogger("five")
lg5.propagate = False
lg5.addHandler(logging.StreamHandler(b5))
Custom(lg5, {"tag": "T"}).error("hello")
print(repr(b5.getvalue()))


def fail():
    return {}["missing"]


# tracebacks go to stderr (the test runner normalises file paths there)
err = logging.StreamHandler(sys.stderr)
err.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg6 = logging.getLogger("six")
lg6.propagate = False
lg6.addHandler(err)
try:
    fail()
except KeyError:
    lg6.exception("lookup failed for %s", "missing")
try:
    1 / 0
except ZeroDivisionError as e:
    lg6.error("with exc_info=e", exc_info=e)
    lg6.warning("no exc_info")
print(b5.getvalue(), end="")

rec = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 7, "m %s", ("a",), None)
print(rec.getMessage(), rec.filename, rec.module, rec.levelname, rec.lineno, rec)
print(h, h2, logging.NullHandler())
nl = logging.getLogger("null")
nl.addHandler(logging.NullHandler())
nl.error("swallowed")
print(nl.hasHandlers(), logging.getLogger("nohandlers.child").hasHandlers())
logging.disable(logging.WARNING)
lg5.warning("disabled")
lg5.error("still on")
logging.disable(logging.NOTSET)
print(repr(b5.getvalue().splitlines()[-1]))
for style, fmt in (("%", "no fields"), ("{", "no fields"), ("$", "nothing"), ("?", "%(message)s")):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError", e)
logging.shutdown()
