# A M2M manager cannot be used before the instance has a pk.
from blog.models import Entry

result = Entry(headline="x").authors.all()
