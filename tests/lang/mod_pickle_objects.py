import pickle

class P:
    pass

class Q:
    def __init__(self):
        self.a = 1
        self.b = 'x'

print(pickle.dumps(P()))
q = pickle.loads(pickle.dumps(Q()))
print(type(q).__name__, q.a, q.b)
print(pickle.dumps(P), pickle.dumps(len), pickle.loads(pickle.dumps(len)) is len)

def f():
    class C:
        pass
    return C

for x in [f()(), (i for i in [])]:
    try:
        pickle.dumps(x)
    except Exception as e:
        print(type(e).__name__, e)
