from blog.models import Entry
result = (Entry.objects.exclude(headline__contains="Django").count(), Entry.objects.filter(headline__isnull=False).count())
