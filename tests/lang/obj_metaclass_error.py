class Meta(type):
    def __new__(mcs, name, bases, ns):
        if 'required' not in ns:
            raise TypeError(name + ' needs a required attribute')
        return super().__new__(mcs, name, bases, ns)

class Good(metaclass=Meta):
    required = 1

print(Good.required)

class Bad(Good):
    pass
