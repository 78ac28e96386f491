# update() with a filter across a relation becomes UPDATE ... WHERE id IN (SELECT ...).
from blog.models import Entry

n = Entry.objects.filter(blog__name="Cheddar Talk").update(rating=0)
result = (n, Entry.objects.filter(rating=0).count())
