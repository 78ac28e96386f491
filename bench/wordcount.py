# Dict-heavy word counting: get, setdefault, items, sorting the counts.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]
text = []
seed = 7
for i in range(400000):
    seed = (seed * 69069 + 1) % 4294967296
    text.append(words[seed % 16] + str(seed % 37))
counts = {}
for w in text:
    counts[w] = counts.get(w, 0) + 1
groups = {}
for w, n in counts.items():
    groups.setdefault(w[:2], []).append(n)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), len(groups), top)
