# Building long strings piece by piece: each loop below would need gigabytes
# if every append copied the whole string into fresh memory.
s = ""
for i in range(20000):
    s += "0123456789"
print(len(s), s[:12], s[-12:], s.count("9"))


def appends(n):
    s = ""
    for i in range(n):
        s += "0123456789"
    return s


big = appends(200000)
print(len(big), big[:12], big[-12:], big.count("9"))

total = ""
for i in range(20000):
    total = total + str(i % 10) * 5
print(len(total), total[-7:])


def build(n, piece):
    out = ""
    for i in range(n):
        out += piece
    return out


r = build(100000, "ab€")
print(len(r), len(r.encode()), r[-4:], r[1000], r.rfind("€"))


def lines(n):
    text = ""
    for i in range(n):
        text += "line %d\n" % i
    return text


t = lines(60000)
print(len(t), t.count("\n"), t.splitlines()[-1], hash(t) == hash(lines(60000)))

acc = {}
acc["k"] = ""
for i in range(5000):
    acc["k"] += "xyz"
print(len(acc["k"]))



def sentences():
    words = []
    sentence = ""
    for i in range(30000):
        sentence += "w%d " % i
        if i % 10000 == 0:
            words.append(sentence)
    return [len(w) for w in words], len(sentence), sentence.split()[-1]


print(sentences())
