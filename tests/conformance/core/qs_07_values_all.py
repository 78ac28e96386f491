# values() without fields returns every concrete column (FK as blog_id).
from blog.models import Entry

result = Entry.objects.filter(pk=1).values()[0]
