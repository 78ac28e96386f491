# An ABC with a template method building a chain.
from abc import ABC, abstractmethod
from bank.models import Account

class Report(ABC):
    @abstractmethod
    def condition(self) -> dict: ...
    def queryset(self):
        return Account.objects.filter(**self.condition()).order_by("owner")

class Rich(Report):
    def condition(self):
        return {"balance__gt": 100}

r = Rich()
result = (isinstance(r, Report), str(r.queryset().query), [a.owner for a in r.queryset()])
