# Native slots exposed as dunder methods.
print(hasattr([], '__iter__'), hasattr(1, '__iter__'), [1, 2].__len__(), {1: 2}.__getitem__(1), (1, 2).__contains__(2), hasattr({}, '__len__'), range(3).__getitem__(1))
x = [1, 2]
x.__setitem__(0, 5); x.__delitem__(1)
print(x, list([1].__iter__()))
