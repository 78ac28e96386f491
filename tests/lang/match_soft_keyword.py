# match and case stay ordinary names
match = 1
case = 2
print(match, case)
def match(x):
    return x * 2
print(match(3))
match = [1, 2, 3]
print(match[0], match[1:])
match.append(4)
print(match)
case = {"case": "match"}
print(case["case"])
_ = 5
print(_)
match, case = 1, 2
print(match + case)
class match:
    case = 3
print(match.case)
def f(match, case):
    return match - case
print(f(match=5, case=1))
match: int = 7
print(match)
match = lambda: "called"
print(match())
match = [[1]]
match[0][0] = 9
print(match)
match -1:
    case -1:
        print("match -1 is a statement")
match = 10
print(match -1)
match (2):
    case 2:
        print("match (2): statement")
match [1]:
    case [case]:
        print("case as a capture", case)
match = {"a": 1}
match match:
    case {"a": match}:
        print("match as a capture", match)
