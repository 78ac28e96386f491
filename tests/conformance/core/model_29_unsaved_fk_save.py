# Saving with an unsaved related object raises ValueError.
from datetime import date
from blog.models import Blog, Entry

e = Entry(blog=Blog(name="unsaved"), headline="h", body_text="", pub_date=date(2020, 1, 1))
e.save()
