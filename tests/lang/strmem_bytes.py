# bytes += bytes appends in place too, with the same aliasing rules as str.


def packets(n):
    out = b""
    for i in range(n):
        if out:
            out += b","
        out += str(i % 10).encode()
    return out


p = packets(200000)
print(len(p), p[:9], p[-5:], p.count(b","))

b = b"ab"
b += b"c"
keep = b
b += b"d"
print(keep, b)
lst = []
for i in range(3):
    b += bytes([65 + i])
    lst.append(b)
print(lst, b)
whole = b[:]
b += b"!"
print(whole, b, hash(b) == hash(b"abcdABC!"), {b"abcdABC!": 1}[b])
try:
    b += "str"
except TypeError as e:
    print("TypeError", e)
b += bytearray(b"x") if False else b"y"
print(b)
