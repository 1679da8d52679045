from conftest_web import web_session  # noqa: F401
