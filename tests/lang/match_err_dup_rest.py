match {}:
    case {"a": rest, **rest}:
        pass
