# The learner's classic: re.match() found nothing, and the None it returned
# has no .group(). The traceback points at the user's line.
import re

lines = ['id=12', 'id=7', 'name=x']
for line in lines:
    m = re.match(r'id=(\d+)', line)
    print(int(m.group(1)) * 2)
