# SystemExit with code None, 0 or False ends the program with status 0.
def main():
    print("main ran")
    raise SystemExit(False)


try:
    main()
finally:
    print("cleanup")
