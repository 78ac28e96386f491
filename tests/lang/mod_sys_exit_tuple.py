# SystemExit with several args: code is the tuple, printed to stderr, status 1.
print("start")
raise SystemExit(2, "two")
