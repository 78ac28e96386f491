# Recursive structures: "<Recursion on T with id=N>" in pformat (the ids
# are replaced before printing: they differ between runs), "..." in a
# dataclass or namespace, isrecursive/isreadable.
import dataclasses
import pprint
import types


def show(obj, *ids, **kwargs):
    text = pprint.pformat(obj, **kwargs)
    for i, o in enumerate(ids):
        text = text.replace('id=%d>' % id(o), 'id=ID%d>' % i)
    print(text)
    print(pprint.isrecursive(obj), pprint.isreadable(obj))


lst = [1, 2, 'three']
lst.append(lst)
show(lst, lst)
show(lst, lst, width=10)
show([lst, lst], lst, width=15)

d = {'name': 'loop', 'items': [1, 2]}
d['self'] = d
d['items'].append(d)
show(d, d)
show(d, d, width=20)
show(d, d, width=20, compact=True)
show(d, d, depth=1)
show(d, d, depth=2, width=10)

t = ([],)
t[0].append(t)
show(t, t)
show(t, t, width=5)

a = {'a': []}
b = {'b': [a]}
a['a'].append(b)
show([a, b], a, b, width=20)
show(a, a, b, sort_dicts=False, width=10)

@dataclasses.dataclass
class Node:
    name: str
    children: list
    parent: object = None

root = Node('root ' * 5, [])
child = Node('child ' * 5, [], root)
root.children.append(child)
child.children.append(child)
show(root, root, child)
show(root, root, child, width=40)
print(repr(child))

ns = types.SimpleNamespace(name='ns ' * 10, items=[])
ns.me = ns
ns.items.append(ns)
show(ns, ns, width=30)

# shared but not recursive: no marker
shared = [1, 2, 3]
show([shared, shared, {'x': shared}], width=12)
print(pprint.saferepr(lst).replace(str(id(lst)), 'ID'))
print(pprint.saferepr(d).replace(str(id(d)), 'ID'))
