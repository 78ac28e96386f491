# logging: lastResort writes to whatever sys.stderr is now (redirect_stderr), WARNING and up only
import io
import logging
from contextlib import redirect_stderr

log = logging.getLogger("w")
buf = io.StringIO()
with redirect_stderr(buf):
    log.error("captured by redirect_stderr")
    log.info("below WARNING")
    logging.getLogger("w.child").critical("child %s", "too")
print(repr(buf.getvalue()))
log.warning("to the real stderr")
logging.warning("module-level: basicConfig first")
print(logging.lastResort, logging.getLogger("w").handlers, logging.root.handlers)
print(logging.StreamHandler(buf), logging.StreamHandler(), logging.getLogger("w.child"))
