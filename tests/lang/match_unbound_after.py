match 5:
    case 1:
        y = 1
print(y)
