# enum.IntEnum members work directly as filter values.
import enum
from blog.models import Entry

class Level(enum.IntEnum):
    GOOD = 8

qs = Entry.objects.filter(rating__gte=Level.GOOD)
result = (str(qs.query), qs.count())
