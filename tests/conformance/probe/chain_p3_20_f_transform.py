# F() with a transform: pub_date year equal to mod_date year.
from django.db.models import F
from blog.models import Entry

result = Entry.objects.filter(pub_date__year=F("mod_date__year")).count()
