# get() at the end of a chain.
from blog.models import Entry

result = Entry.objects.filter(blog__name="Python Pulse").exclude(rating__lt=5).order_by("id").get(pub_date__year=2010)
