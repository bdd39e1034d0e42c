# ends with an uncaught exception raised from another (the last line names the outer one)
class ConfigError(Exception):
    pass
def load(text):
    settings = {}
    for line in text.splitlines():
        key, value = line.split('=')
        try:
            settings[key] = int(value)
        except ValueError as e:
            raise ConfigError(f'bad value for {key}: {value!r}') from e
        print('loaded', key, settings[key])
    return settings
load('a=1\nb=2\nc=three\nd=4')
