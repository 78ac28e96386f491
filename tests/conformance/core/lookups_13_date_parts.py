# year, month, day on a DateField.
from blog.models import Entry

result = (Entry.objects.filter(pub_date__year=2006).count(), Entry.objects.filter(pub_date__month=3).count(), Entry.objects.filter(pub_date__day=12).count())
