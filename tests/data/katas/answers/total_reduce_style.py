def total(numbers):
    if not numbers:
        return 0
    first, *rest = numbers
    return first + total(rest)
