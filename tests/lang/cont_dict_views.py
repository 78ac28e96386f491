# dict views: set operations in both orders, comparisons, membership, reversed.
a = {i: i * i for i in range(0, 40, 3)}
b = {i: i for i in range(0, 60, 4)}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb, ka - kb, ka ^ kb, kb - ka)
print(ka & set(range(10)), set(range(10)) & ka, [5, 6, 9] & ka if False else None, ka | [100, 3], ka - [0, 3], ka ^ [0, 1])
print(a.items() & b.items(), a.items() - {(0, 0)}, {(3, 9)} | a.items() if False else None)
print(ka == set(a), ka != kb, ka <= set(range(100)), ka > {0, 3}, a.items() == {(k, v) for k, v in a.items()})
print({1, 2} - {1: 0}.keys(), {1, 2} ^ {1: 0}.keys(), {1, 2} | {5: 0}.keys(), {1, 2} & {1: 0}.keys())
print(len(ka), 3 in ka, (3, 9) in a.items(), [3, 9] in a.items(), 9 in a.values())
print(sorted(ka), list(reversed(ka))[:3], list(reversed(a.values()))[:3])
v = a.values()
print(v == v, v == a.values())
