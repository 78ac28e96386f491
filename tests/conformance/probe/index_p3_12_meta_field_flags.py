# Field flags an instructor shows: db_index on FKs, _meta.indexes, unique on pk.
from blog.models import Entry
from books.models import Book

f = Entry._meta.get_field
result = (f("blog").db_index, f("headline").db_index, f("id").unique, Entry._meta.indexes,
          Book._meta.get_field("publisher").db_index, Entry._meta.db_table,
          Entry._meta.get_field("authors").remote_field.through._meta.db_table)
