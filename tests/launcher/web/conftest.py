from helpers.web import web_session  # noqa: F401
