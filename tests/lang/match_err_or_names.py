match (1, 2):
    case [aa, bb] | [bb, cc, dd]:
        pass
