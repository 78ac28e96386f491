# __set_name__: called by type.__new__ for descriptors in a class body
# (plain classes, metaclass-made classes, type(...) calls), in order.
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        print('set_name', owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset ' + self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Person:
    first = Field()
    last = Field()
    plain = 3


p = Person()
p.first = 'Ada'
print(p.first, p.last, Person.first.owner, Person.last.name)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        print('meta new', name)
        return super().__new__(mcs, name, bases, ns)


class Model(metaclass=Meta):
    title = Field()


T = type('T', (), {'a': Field(), 'b': 1})
print(T.a.name, Model.title.owner)


class Later:
    pass


Later.added = Field()
print(hasattr(Later.added, 'name'))
