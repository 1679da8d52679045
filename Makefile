# The two commands for a newcomer: `make demo` and `make test`.
.PHONY: demo test lint unit bench setup

VENV := .venv/bin

setup:
	@sh deploy/bootstrap.sh

demo: setup
	$(VENV)/kiosk demo $(DEMO_ARGS)

lint: setup
	$(VENV)/ruff check kiosk tests bench
	$(VENV)/ruff format --check kiosk tests bench
	$(VENV)/mypy

test: lint
	$(VENV)/python -m pytest $(PYTEST_ARGS)

bench: setup
	$(VENV)/python -m bench.run
