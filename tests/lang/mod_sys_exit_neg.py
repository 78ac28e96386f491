# sys.exit(-1): the status is taken modulo 256 by the OS, so 255.
import sys

e = SystemExit(-1)
print(e.code)
sys.exit(e.code)
