# sys.exit("message"): the message goes to stderr, exit status 1.
import sys

print("before")
print("a warning", file=sys.stderr)
sys.exit("fatal: could not continue")
