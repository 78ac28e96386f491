class Meta1(type):
    pass


class Meta2(type):
    pass


class A(metaclass=Meta1):
    pass


print(type(A).__name__)


class B(A, metaclass=Meta2):
    pass
