# MultipleObjectsReturned is not a DoesNotExist.
from django.core.exceptions import ObjectDoesNotExist, MultipleObjectsReturned
from blog.models import Entry

result = (issubclass(Entry.MultipleObjectsReturned, ObjectDoesNotExist), issubclass(MultipleObjectsReturned, Exception), MultipleObjectsReturned.__mro__[1].__name__, ObjectDoesNotExist.__mro__[1].__name__)
