# A string compared with a DateField is converted.
from blog.models import Entry

result = Entry.objects.filter(pub_date__gte="2010-01-01", pub_date__lt="2010-07-01").count()
