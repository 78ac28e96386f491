# A subclass that forgets the abstract method cannot be instantiated.
from abc import ABC, abstractmethod
from blog.models import Blog

class QueryHelper(ABC):
    model = Blog
    @abstractmethod
    def base_queryset(self): ...
    def names(self):
        return list(self.base_queryset().values_list("name", flat=True))

class Broken(QueryHelper):
    pass

class Sorted(QueryHelper):
    def base_queryset(self):
        return self.model.objects.order_by("-name")[:2]

try:
    Broken()
except TypeError as exc:
    err = str(exc)
result = (Sorted().names(), err)
