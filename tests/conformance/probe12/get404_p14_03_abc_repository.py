# An abc.ABC repository base class; the subclass implements get().
from abc import ABC, abstractmethod
from django.shortcuts import get_object_or_404
from bank.models import Account

class Repository(ABC):
    @abstractmethod
    def get(self, pk): ...

class AccountRepo(Repository):
    def get(self, pk):
        return get_object_or_404(Account, pk=pk)

try:
    Repository()
except TypeError as exc:
    err = str(exc)
result = (AccountRepo().get(2).owner, err)
