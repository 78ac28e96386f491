"""django.conf.settings: the settings the kata runs under (those of the conformance oracle:
DEBUG off, USE_TZ off, UTC). Assigning works (settings.DEBUG = True); nothing reads them back."""


class Settings:
    def __init__(self):
        self.DEBUG = False
        self.SECRET_KEY = "django-oracle-not-secret"
        self.DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
        self.USE_TZ = False
        self.TIME_ZONE = "UTC"
        self.USE_I18N = False
        self.ALLOWED_HOSTS = ["*"]
        self.DEFAULT_CHARSET = "utf-8"
        self.APPEND_SLASH = True
        self.LANGUAGE_CODE = "en-us"
        self.INSTALLED_APPS = ["blog", "books", "bank"]

    @property
    def configured(self):
        return True

    def configure(self, default_settings=None, **options):
        raise RuntimeError("Settings already configured.")

    def __repr__(self):
        return '<LazySettings "%s">' % None


settings = Settings()
