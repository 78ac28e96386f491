# An uncaught | between a class and a non-type, as CPython reports it.
Alias = int | None
print(Alias)
Bad = int | "Entry"
