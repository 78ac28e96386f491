# The model class itself: docstring, descriptors, relations' reprs.
from blog.models import Entry, Blog, Author
print(Entry.__doc__)
print(Blog.__doc__, Author.__doc__)
print(Entry.__module__, Entry.__qualname__, Entry.DoesNotExist.__qualname__, Entry.DoesNotExist.__module__)
print([c.__name__ for c in Entry.DoesNotExist.__mro__])
print(type(Entry.blog).__name__, type(Entry.authors).__name__, type(Blog.entry_set).__name__, type(Entry.headline).__name__)
print(Entry.blog.field, Entry.authors.field, Blog.entry_set.field, Entry.blog.field.remote_field)
print(repr(Entry.blog.field.remote_field), repr(Entry.authors.field.remote_field))
t = Entry.authors.through
print(t, t._meta.db_table, [f.name for f in t._meta.fields], t.__name__)
print([repr(r) for r in Blog._meta.related_objects])
print(Entry._meta.get_field("authors").m2m_column_name(), Entry._meta.get_field("authors").m2m_reverse_name())
result = Entry.__doc__
