# An ABC unit-of-work used as a context manager via __enter__/__exit__.
from abc import ABC, abstractmethod
from django.db import transaction
from bank.models import Account

class UnitOfWork(ABC):
    def __enter__(self):
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        return self
    def __exit__(self, *exc):
        return self._atomic.__exit__(*exc)
    @abstractmethod
    def run(self): ...

class Open(UnitOfWork):
    def run(self):
        return Account.objects.create(owner="Neo", balance=7).pk

with Open() as uow:
    pk = uow.run()
result = (pk, Account.objects.get(pk=pk).owner)
