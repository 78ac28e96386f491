from abc import ABC, abstractmethod


class Repository(ABC):
    @abstractmethod
    def get(self, key):
        ...

    @abstractmethod
    def put(self, key, value):
        ...

    @abstractmethod
    def delete(self, key):
        ...


class Memory(Repository):
    def get(self, key):
        return None


print('before')
Memory()
