from datetime import date
from blog.models import Entry
e = Entry(blog_id=1, headline="h", body_text="b", pub_date=date(2024, 1, 1))
result = (e.mod_date, e.rating, e.number_of_comments, e.pk, e.id)
