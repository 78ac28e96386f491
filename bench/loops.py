# Loops over lists and dicts: indexing, accumulation, dict updates.
data = list(range(1000))
table = {}
for i in range(1000):
    table[i] = i * 2

total = 0
for rep in range(1000):
    for x in data:
        total += x
    for k in table:
        total += table[k]
    i = 0
    while i < 1000:
        total -= data[i]
        i += 1
print(total)
