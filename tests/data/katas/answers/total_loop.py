def total(numbers):
    while True:
        pass
