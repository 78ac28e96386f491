match undefined_name:
    case 1:
        pass
