match [1, [2, 1]]:
    case [abc, (b, abc)]:
        pass
