# List, dict and set comprehensions and generator expressions.
total = 0
for rep in range(300):
    squares = [x * x for x in range(5000)]
    evens = [x for x in squares if x % 2 == 0]
    index = {x: i for i, x in enumerate(evens)}
    residues = {x % 1000 for x in squares}
    total += sum(x for x in evens if x % 3 == 0) + len(index) + len(residues)
    pairs = [(a, b) for a in range(60) for b in range(a) if (a + b) % 7 == 0]
    total += len(pairs)
print(total)
