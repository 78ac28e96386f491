# Set displays of 3+ constants: CPython builds them from a frozenset constant
# (BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE), which changes the
# iteration order compared with adding the items one by one.
print({1, 9, 17, 25, 33}, set([1, 9, 17, 25, 33]))
print({0, 8, 16, 24, 1, 9}, set([0, 8, 16, 24, 1, 9]))
print({100, 3, 17, 64}, {5, 13}, {8, 0})
x = 1
print({x, 9, 17, 25, 33}, {33, 25, 17, 9, 2})
print({(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)})
