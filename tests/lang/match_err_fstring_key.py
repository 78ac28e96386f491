match {}:
    case {f"k": a}:
        pass
