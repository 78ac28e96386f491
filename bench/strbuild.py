# String building with += in a function (CPython appends in place there
# too): lines with separators, a test of the accumulator on each turn.
def csv(n):
    out = ""
    for i in range(n):
        if out:
            out += "\n"
        out += str(i)
        out += ","
        out += str(i * i % 1000)
    return out


def words(n):
    s = ""
    for i in range(n):
        if not s.endswith(" "):
            s += " "
        s += "w"
        s += str(i % 7)
    return s


text = csv(200000)
w = words(200000)
print(len(text), text.count("\n"), text[-20:], len(w), w[-10:])
