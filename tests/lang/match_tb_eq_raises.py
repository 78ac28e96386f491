class Bad:
    def __eq__(self, other):
        raise ValueError("no eq")
match Bad():
    case 1:
        pass
