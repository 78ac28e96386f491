# csv: writer/reader, DictWriter/DictReader, dialects, quoting and escaping
import csv
import io
import sys
from datetime import date, datetime
from decimal import Decimal


def show(label, value):
    print(label, repr(value))


def write(rows, *args, **kwargs):
    buf = io.StringIO()
    try:
        w = csv.writer(buf, *args, **kwargs)
        for row in rows:
            w.writerow(row)
    except Exception as e:
        return "%s.%s: %s" % (type(e).__module__, type(e).__name__, e)
    return buf.getvalue()


def read(lines, *args, **kwargs):
    try:
        r = csv.reader(lines, *args, **kwargs)
        return [(r.line_num, row) for row in r]
    except Exception as e:
        return "%s.%s: %s" % (type(e).__module__, type(e).__name__, e)


print("--- writer to stdout (\\r\\n line endings)")
w = csv.writer(sys.stdout)
print(w.writerow(["id", "title", "price"]))
w.writerow([1, "Plain", 9.5])
w.writerow([2, "Comma, inside", Decimal("10.00")])
w.writerow([3, 'Quote "inside"', None])
w.writerow([4, "Line\nbreak", 0.1 + 0.2])
w.writerows([[5, "", True], [6, " spaces ", -0.0]])
sys.stdout.write("\n")

print("--- quoting rules (QUOTE_MINIMAL)")
show("plain", write([["a", "b c", "d"]]))
show("delimiter", write([["a,b"]]))
show("quotechar", write([['say "hi"']]))
show("only quote", write([['"']]))
show("newline", write([["x\ny"]]))
show("cr with \\r\\n terminator", write([["x\ry"]]))
show("cr with \\n terminator", write([["x\ry"]], lineterminator="\n"))
show("lf with custom terminator", write([["x\ny"]], lineterminator="|"))
show("terminator char", write([["a|b"]], lineterminator="|"))
show("empty single", write([[""]]))
show("None single", write([[None]]))
show("empty row", write([[]]))
show("two empties", write([["", ""]]))
show("None in middle", write([["a", None, "b"]]))
show("numbers", write([[1, -2, 3.25, 1e20, 10**20, float("inf"), Decimal("1.50")]]))
show("dates", write([[date(2024, 2, 29), datetime(2024, 1, 2, 3, 4, 5)]]))
show("bool", write([[True, False]]))
show("non-str objects", write([[b"by", (1, 2), [3, 4], {"k": 1}]]))
show("generator row", write([(x * 2 for x in range(3))]))
show("string row", write(["abc"]))
show("unicode", write([["café", "naïve, yes", "日本"]]))

print("--- QUOTE_ALL / QUOTE_NONNUMERIC / QUOTE_NONE")
show("all", write([["a", 1, None, ""]], quoting=csv.QUOTE_ALL))
show("nonnumeric", write([["a", 1, 2.5, None, True, Decimal("3.0"), ""]],
                         quoting=csv.QUOTE_NONNUMERIC))
show("none ok", write([["a", "b"]], quoting=csv.QUOTE_NONE))
show("none needs escape", write([["a,b"]], quoting=csv.QUOTE_NONE))
show("none escaped", write([["a,b", 'c"d', "e\r\nf"]], quoting=csv.QUOTE_NONE, escapechar="\\"))
show("none single empty", write([[""]], quoting=csv.QUOTE_NONE))
show("none two empties", write([["", ""]], quoting=csv.QUOTE_NONE))

print("--- escapechar and doublequote")
show("escape the escapechar", write([["a\\b"]], escapechar="\\"))
show("doublequote off", write([['a"b']], doublequote=False, escapechar="\\"))
show("doublequote off no escape", write([['a"b']], doublequote=False))
show("both", write([['a\\"b,c']], escapechar="\\"))
show("quotechar other", write([["it's", "a,b"]], quotechar="'"))
show("quotechar None", write([["a", "b"]], quotechar=None))
show("quotechar None needs escape", write([["a,b"]], quotechar=None))
show("quotechar None escaped", write([["a,b"]], quotechar=None, escapechar="/"))

print("--- dialects")
show("excel-tab", write([["a", "b\tc", "d,e"]], "excel-tab"))
show("unix", write([["a", 1, None]], dialect="unix"))
show("excel class", write([["a"]], csv.excel))
show("override", write([["a;b", "c"]], "excel", delimiter=";"))
show("lineterminator", write([["a"], ["b"]], lineterminator="\n"))
show("empty terminator", write([["a"], ["b"]], lineterminator=""))
print(sorted(csv.list_dialects()))
d = csv.get_dialect("excel")
print(type(d).__name__, repr(d.delimiter), repr(d.quotechar), d.escapechar, repr(d.lineterminator),
      d.quoting, d.doublequote, d.skipinitialspace, d.strict)
d = csv.get_dialect("unix")
print(repr(d.lineterminator), d.quoting == csv.QUOTE_ALL)
print(csv.get_dialect("excel") is csv.get_dialect("excel"))
try:
    d.delimiter = ";"
except AttributeError as e:
    print(type(e).__name__, e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONNUMERIC)
show("registered", write([["a|b", 2]], "pipes"))
print(csv.get_dialect("pipes").delimiter, sorted(csv.list_dialects()))
csv.unregister_dialect("pipes")
print(sorted(csv.list_dialects()))
for bad in ("pipes", "nothing"):
    try:
        csv.get_dialect(bad)
    except csv.Error as e:
        print(type(e).__name__, e)
try:
    csv.unregister_dialect("pipes")
except csv.Error as e:
    print(type(e).__name__, e)
try:
    csv.register_dialect(3)
except TypeError as e:
    print(type(e).__name__, e)


class Semicolon(csv.excel):
    delimiter = ";"


csv.register_dialect("semi", Semicolon)
show("subclass", write([["a;b", "c,d"]], Semicolon))
show("subclass instance", write([["a;b"]], Semicolon()))
show("registered subclass", write([["x;y"]], "semi"))


class Incomplete(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


show("no doublequote", write([["it's"]], Incomplete))
for cls in (csv.Dialect, type("Wide", (csv.Dialect,), {"delimiter": "||"})):
    try:
        cls()
    except csv.Error as e:
        print(type(e).__name__, e)

print("--- dialect errors")
show("empty delimiter", write([["a"]], delimiter=""))
show("None delimiter", write([["a"]], delimiter=None))
show("int delimiter", write([["a"]], delimiter=1))
show("long escapechar", write([["a"]], escapechar="ab"))
show("empty quotechar", write([["a"]], quotechar=""))
show("int quotechar", write([["a"]], quotechar=1))
show("bad quoting", write([["a"]], quoting=9))
show("str quoting", write([["a"]], quoting="1"))
show("bool quoting", write([["a"]], quoting=True))
show("quoting without quotechar", write([["a"]], quotechar=None, quoting=csv.QUOTE_ALL))
show("None terminator", write([["a"]], lineterminator=None))
show("int terminator", write([["a"]], lineterminator=1))
show("unknown dialect", write([["a"]], "nope"))
show("unknown keyword", write([["a"]], bogus=1))
show("dialect twice", write([["a"]], "excel", dialect="unix"))
show("not iterable row", write([5]))
show("None row", write([None]))
try:
    csv.writer(42)
except TypeError as e:
    print(type(e).__name__, e)
for args in ((), (io.StringIO(), "excel", "extra")):
    try:
        csv.writer(*args)
    except TypeError as e:
        print(type(e).__name__, e)


class Unprintable:
    def __str__(self):
        raise ValueError("no str for you")


try:
    csv.writer(io.StringIO()).writerow(["ok", Unprintable()])
except ValueError as e:
    print(type(e).__name__, e)
print(csv.Error.__module__, csv.Error.__mro__[1].__name__, issubclass(csv.Error, Exception))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)

print("--- reader")
show("simple", read(["a,b,c", "1,2,3"]))
show("quoted", read(['1,"two, three",4', '"say ""hi""",x']))
show("multi-line field", read(['a,"first\n', 'second",b\n', "c"]))
show("crlf lines", read(["a,b\r\n", "c,d\r\n"]))
show("blank lines", read(["a\n", "\n", "", "b\n"]))
show("empty fields", read([",a,,", '"",x']))
show("quote mid field", read(['a"b,c', '"a"b,c']))
show("eof in quotes", read(['a,"open']))
show("strict eof", read(['a,"open'], strict=True))
show("strict junk", read(['"a"b,c'], strict=True))
show("newline inside", read(["a\nb"]))
show("cr inside", read(["a,b\rc"]))
show("skipinitialspace", read(['a, b,  "c, d"'], skipinitialspace=True))
show("no skipinitialspace", read(['a, b, "c"']))
show("escapechar", read(["a\\,b,c", '"q\\"x",y'], escapechar="\\"))
show("escaped newline", read(["a\\\n", "b,c"], escapechar="\\"))
show("tab", read(["a\tb\t\"c\td\""], "excel-tab"))
show("semicolon", read(["a;b,c"], delimiter=";"))
show("QUOTE_NONE", read(['"a",b"'], quoting=csv.QUOTE_NONE))
show("nonnumeric", read(['1,2.5,"3",,-4e2'], quoting=csv.QUOTE_NONNUMERIC))
show("nonnumeric bad", read(["1,abc"], quoting=csv.QUOTE_NONNUMERIC))
show("doublequote off", read(['"a""b",c'], doublequote=False))
show("bytes line", read([b"a,b"]))
show("not iterable", read(7))
show("string as lines", read("a,b"))
old = csv.field_size_limit(4)
show("field limit", read(["abcd,e", "abcde"]))
print(old, csv.field_size_limit(old), csv.field_size_limit())
try:
    csv.field_size_limit("10")
except TypeError as e:
    print(type(e).__name__, e)
r = csv.reader(io.StringIO("x,y\r\n1,2\r\n"))
print(type(r).__name__, r.line_num, iter(r) is r, r.dialect.delimiter)
print(next(r), r.line_num)
print(list(r), r.line_num)
try:
    next(r)
except StopIteration:
    print("StopIteration", r.line_num)

print("--- round trip")
rows = [
    ["id", "name", "note"],
    ["1", "Ann", 'She said "yes", then left'],
    ["2", "Bob", "multi\nline\r\nnote"],
    ["3", "", " padded "],
    ["4", "Zoë", "tab\there"],
]
for kwargs in ({}, {"dialect": "unix"}, {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
               {"delimiter": ";", "quotechar": "'"}, {"doublequote": False, "escapechar": "~"}):
    buf = io.StringIO()
    csv.writer(buf, **kwargs).writerows(rows)
    text = buf.getvalue()
    back = list(csv.reader(io.StringIO(text, newline=""), **kwargs))
    print(kwargs, back == rows, repr(text[:40]))

print("--- DictWriter")
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["id", "title", "price"])
print(dw.writeheader())
dw.writerow({"id": 1, "title": "A, B", "price": Decimal("2.50")})
dw.writerow({"id": 2, "title": "short"})
dw.writerows([{"price": 3}, {"title": None, "id": 4}])
print(repr(buf.getvalue()))
try:
    dw.writerow({"id": 5, "colour": "red"})
except ValueError as e:
    print(type(e).__name__, e)
buf = io.StringIO()
dw = csv.DictWriter(buf, ["a", "b"], restval="?", extrasaction="ignore", dialect="unix")
dw.writeheader()
dw.writerow({"a": 1, "z": 26})
dw.writerow({"b": 2})
print(repr(buf.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="skip")
except ValueError as e:
    print(type(e).__name__, e)
buf = io.StringIO()
dw = csv.DictWriter(buf, ("x", "y"), delimiter="\t", extrasaction="IGNORE")
dw.writerow({"x": "1\t2", "y": "3", "w": 0})
print(repr(buf.getvalue()), dw.extrasaction)
try:
    dw.writerow({"x": 1, "w": 0})
except ValueError as e:
    print("case-sensitive check:", e)

print("--- DictReader")
text = "id,title,price\r\n1,\"A, B\",2.50\r\n\r\n2,short\r\n3,long,4,extra1,extra2\r\n"
dr = csv.DictReader(io.StringIO(text, newline=""))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(["a;b", "1;2;3", "4"], delimiter=";", restkey="rest", restval="-")
print(list(dr))
dr = csv.DictReader(["1,2", "3,4"], fieldnames=["x", "y"])
print(list(dr), dr.line_num)
dr = csv.DictReader([])
print(dr.fieldnames, list(dr))
dr = csv.DictReader(["h1,h2"])
dr.fieldnames = ["p", "q"]
print(list(dr))
