# The builtin exit() with no argument: status 0, nothing on stderr.
for i in range(5):
    print(i)
    if i == 2:
        exit()
