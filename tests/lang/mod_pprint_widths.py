# pprint at every width from 1 to 80, compact off and on: rows as
# QuerySet.values() gives them, a dict of lists, nested tuples and sets.
import pprint

rows = [
    {'id': 1, 'headline': 'Hello, world!', 'rating': 10, 'blog_id': 2, 'n_comments': 12345},
    {'id': 2, 'headline': 'A closer look at Gouda', 'rating': 5, 'blog_id': 1, 'n_comments': 0},
    {'id': 3, 'headline': '', 'rating': None, 'blog_id': 3, 'n_comments': -7},
]
by_blog = {'Cheddar Talk': [4, 5, 6, 7, 8], 'Beatles Blog': [1, 2, 3], 'Empty': [],
           'Django Diary': list(range(10, 40)), 'tuples': [(1, 2), (3,), ()]}
nested = ([1, [2, [3, [4, [5, [6, 'deep']]]]]], {'set': {3, 1, 2, 10, 5}, 'fs': frozenset({9, 8})},
          (('a', 1.5), ('b', True), ('c', None)), [[], {}, (), set()], b'bytes', 'text')

for data in (rows, by_blog, nested):
    for width in range(1, 81):
        for compact in (False, True):
            print('--- width', width, 'compact', compact)
            print(pprint.pformat(data, width=width, compact=compact))
