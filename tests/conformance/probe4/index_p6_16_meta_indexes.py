from blog.models import Entry
f = Entry._meta.get_field("blog")
result = (Entry._meta.indexes, f.db_index, Entry._meta.get_field("rating").db_index, Entry._meta.db_table, f.column)
