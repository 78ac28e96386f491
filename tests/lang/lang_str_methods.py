# str methods, comparisons and iteration; a few bytes methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
t = "hello world hello"
print(t.upper(), t.title(), t.capitalize(), "MiXeD".swapcase(), "ÉCOLE".lower(), "Straße".casefold(), "ß".upper())
print(t.count("hello"), t.count("l"), t.count(""), t.find("world"), t.find("xyz"), t.rfind("hello"), t.index("o"), t.rindex("o"))
print(t.find("l", 5), t.find("l", 5, 8), t.count("l", 0, 5), t.startswith("hell"), t.endswith(("x", "llo")), t.startswith("world", 6))
print(t.replace("hello", "bye"), t.replace("l", "L", 2), t.replace("", "-"), "aaa".replace("a", "b", 0))
print(t.split(), t.split(" ", 1), t.rsplit(" ", 1), "a,b,,c".split(","), "  a  b  ".split(), "a b".split(None))
print("1-2-3".split("-", maxsplit=1), "".split(), "".split(","), "abc".split("abc"), "x".rsplit("x"))
print("line1\nline2\r\nline3\n".splitlines(), "a\nb\n".splitlines(keepends=True), "".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="), "kv".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(map(str, range(3))))
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abc".ljust(6, ".")), repr("abc".rjust(6)), "42".zfill(5), "-42".zfill(6), "+7".zfill(4))
print(repr("a\tb\tc".expandtabs()), repr("ab\tc".expandtabs(4)), repr("x".center(0)))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalpha(), "ab1".isalnum(), " \t\n".isspace(), "".isspace())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "Title Case".istitle(), "not Title".istitle(), "x1".isidentifier(), "1x".isidentifier())
print("½".isnumeric(), "½".isdigit(), "٣".isdecimal(), "é".isalpha(), "Ⅻ".isnumeric(), "abc".isascii(), "é".isascii())
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
print("abc" < "abd", "abc" < "ab", "B" < "a", "é" > "z", "abc" == "abc", "a" * 0 == "")
print("abc" * 3, 3 * "-", "a" + "b" + "c", "ab" in "cabd", "" in "abc", "abc".__len__())
print([c for c in "héllo"], list("ab"), sorted("banana"), max("hello"), min("hello"))
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}-{n:03d}".format(name="id", n=7))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 5), "{:>6}|{:<6}|{:^6}".format("r", "l", "c"), "{!r}".format("q"))
print("{:.3}".format("truncate"), "{:,}".format(10 ** 9), "{:+.2e}".format(12345.678), "{{}}".format())
print("tab\tsep".split("\t"), "a  b".split(" "), "a.b.c".rsplit(".", 1), "path/to/file.txt".rpartition("/")[2])
print("Hello World".encode(), "héllo".encode("utf-8"), len("héllo".encode()), b"bytes".decode(), b"h\xc3\xa9".decode("utf-8"))
b = b"Hello, bytes"
print(b[0], b[:5], b[-5:], len(b), b"x" * 3, b"ell" in b, b == b"Hello, bytes", b.decode().upper())
print(list(b"abc"), bytes([65, 66]), bytes(3), b"abc" + b"def", b"a" < b"b")
print("ǅ".title(), "hello world".title(), "they're bill's".title(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("%s|%5s|%-5s|%.2s" % ("a", "b", "c", "def"), "x".upper().lower().strip().title())
print(str(123).rjust(6, "0"), "3.14".replace(".", ","), "a-b_c d".replace("-", " ").replace("_", " ").split())
print("Mississippi".count("ss"), "Mississippi".find("ss", 3), "Mississippi".rfind("ss"), "Mississippi".index("pp"))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(set(words))[:4], max(words, key=len), " ".join(w[::-1] for w in words))
print("".join(sorted("hello", reverse=True)), "-".join(c.upper() for c in "abc"), "abc".translate({97: "A", 98: None}))
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, "abcab".translate(str.maketrans("ab", "xy")))
try:
    "abc".index("d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".join(["x", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".center("3")
except TypeError as e:
    print(type(e).__name__, e)
