# Sorting with key functions (lambda, tuple keys), reverse, sorted().
rows = []
seed = 12345
for i in range(40000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    rows.append((seed % 1000, "name%d" % (seed % 5003), i))
checksum = 0
for rep in range(5):
    by_score = sorted(rows, key=lambda r: r[0])
    by_name = sorted(rows, key=lambda r: (r[1], -r[2]))
    rev = sorted(rows, key=lambda r: r[2], reverse=True)
    copy = list(rows)
    copy.sort()
    checksum += by_score[0][2] + by_name[-1][2] + rev[0][2] + copy[len(copy) // 2][2]
print(checksum)
