# raw() with params=None leaves % alone; with params, %% is needed.
from blog.models import Entry

a = [e.id for e in Entry.objects.raw("SELECT id FROM blog_entry WHERE headline LIKE '%Cheese%' ORDER BY id LIMIT 3", None)]
b = [e.id for e in Entry.objects.raw("SELECT id FROM blog_entry WHERE headline LIKE '%%Cheese%%' AND id > %s ORDER BY id LIMIT 3", [5])]
result = (a, b)
