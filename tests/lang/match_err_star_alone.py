match []:
    case *rest:
        pass
