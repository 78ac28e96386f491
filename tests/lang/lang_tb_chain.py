# Chained exceptions: `raise ... from` inside a handler, uncaught.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad port {text!r}") from exc


print(parse_port("8080"))
print(parse_port("eighty"))
