# A non-numeric value for an integer field raises ValueError naming the field.
from blog.models import Entry

result = Entry.objects.filter(pk="abc")
