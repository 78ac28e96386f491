# logging: lastResort (message only, WARNING and up, to stderr), basicConfig and the module-level functions
import logging
import sys

log = logging.getLogger("svc")
log.info("not shown: below WARNING")
log.warning("last resort: %s", "just the message")
print("root handlers before:", logging.root.handlers)
logging.warning("module-level call configures the root logger")
print("root handlers after:", logging.root.handlers)
logging.info("still filtered at WARNING")
logging.basicConfig(level=logging.DEBUG)     # ignored: root has a handler already
logging.info("still filtered")
logging.basicConfig(level="INFO", stream=sys.stdout, format="%(name)s %(levelname)s %(message)s", force=True)
print(logging.root.handlers, logging.root.level)
logging.info("to stdout now")
log.error("svc error %d", 42)
logging.getLogger("svc.sub").debug("below INFO")
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print("ValueError", e)
try:
    logging.basicConfig(force=True, style="x")
except ValueError as e:
    print("ValueError", e)
logging.basicConfig(force=True, stream=sys.stdout, format="{levelname}/{message}", style="{")
logging.critical("crit")
logging.log(logging.ERROR, "via log()")
logging.basicConfig(force=True, stream=sys.stderr, format="{levelname}/{message}", style="{")
try:
    raise RuntimeError("bad thing")
except RuntimeError:
    logging.exception("caught")
logging.basicConfig(force=True, stream=sys.stderr)
logging.error("on stderr with BASIC_FORMAT")
print(logging.BASIC_FORMAT)
