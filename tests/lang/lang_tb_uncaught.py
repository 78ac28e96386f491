# An uncaught KeyError three calls deep: the traceback names every frame with its line and markers.
def load(config, key):
    return config["settings"][key]


def setup(config):
    print("setting up")
    timeout = load(config, "timeout")
    return timeout * 2


class App:
    def __init__(self, config):
        self.config = config

    def start(self):
        return setup(self.config)


print("start")
app = App({"settings": {"retries": 3}})
print(app.start())
