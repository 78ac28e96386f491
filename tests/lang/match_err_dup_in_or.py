match (1, 2):
    case (xx, 1) | (xx, 2) as xx:
        pass
