# str core: literals, repr, indexing, slicing, operators, comparison, iteration
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "héllo wörld"
print(len(s), len(""), len("😀a"))
print(s[0], s[1], s[-1], s[-5])
print(s[1:4], s[::2], s[::-1], s[-3:], s[:100], s[5:2], s[1:8:3], s[8:1:-2])
print(repr(s[100:]), repr("abc"[3:]))
for t in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnl\nret\r", "back\\slash",
          "\x00\x01\x7f\x80\x9f\xa0\xad", "\u200b\u2028\u2029\u3000\ufeff",
          "😀 é ñ 中文", "\U000e0001\U0010ffff", "\x1b[0m", "ascii"]:
    print(repr(t), str(t) == t, len(t))
print("a" + "b", "ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "é" > "z", "😀" > "中", "a" == "a", "a" != "a")
print("a" <= "a", "b" >= "a", "" < "a")
print("ell" in "hello", "" in "x", "z" in "hello", "ö" in s)
print([c for c in "aé😀"], list("abc"))
it = iter("xy")
print(next(it), next(it))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""))
print(str(), str("x"), str(12), str(1.5), str(None), str([1, "a"]), str(b"ab"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(object="q"))
print(bool(""), bool("a"))
x = "a"
x += "b"
x *= 3
print(x)
show(lambda: "abc"[3])
show(lambda: "abc"[-4])
k = "x"
show(lambda: "abc"[k])
k = 1.5
show(lambda: "abc"[k])
show(lambda: "abc"[::0])
show(lambda: 1 in "abc")
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: "a" * "b")
show(lambda: "a" * 1.5)
show(lambda: [1] * "a")
show(lambda: "a" < 1)
show(lambda: "a" - "b")
show(lambda: str(1, "utf-8"))
show(lambda: str("a", "utf-8"))
show(lambda: str(b"\xff", "utf-8"))
show(lambda: str(b"a", 1))
show(lambda: str(x=1))
show(lambda: str(1, 2, 3, 4))
show(lambda: "abc"[True])
show(lambda: -"a")
print("%s and %d" % ("x", 5), "%r" % "q", "%5s|" % "ab")
print("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("b"), "a".__add__("b"))
print("a".__eq__(1), "a".__lt__("b"), "ab".__mul__(2))
