# String building: +=, join, f-strings, methods, slicing.
parts = []
s = ""
for i in range(200000):
    word = f"item{i}:{i * 3 % 97:03d}"
    parts.append(word.upper())
    if i % 10 == 0:
        s += word[-3:]
joined = ",".join(parts)
pieces = joined.split(",")
count = 0
for p in pieces:
    if p.startswith("ITEM1") and p.endswith("7"):
        count += 1
print(len(joined), len(s), count, joined.replace("ITEM", "x").count("x"))
