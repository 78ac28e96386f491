# update() works on a values() QuerySet.
from blog.models import Entry

result = Entry.objects.filter(blog_id=1).values("id").update(number_of_comments=0)
