def g():
    yield me.send(None)
me = g()
print("start")
next(me)
