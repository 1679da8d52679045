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
	$(VENV)/lint-imports --no-logo

# Tests run in TEST_WORKERS pytest-xdist worker processes, a test file per
# worker at a time (module fixtures once): a test process that aborts fails its
# test and is replaced. --capture=sys keeps fds 1 and 2 in the workers' logs
# (tests/helpers/crashes.py). See docs/design.md, "Where things run in tests".
TEST_WORKERS ?= 2

test: lint
	$(VENV)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --capture=sys $(PYTEST_ARGS)

bench: setup
	$(VENV)/python -m bench.run

# Shell texts: collect tr() strings from all of kiosk/ into the .ts files
# (translators edit those, e.g. with pyside6-linguist), then compile the .qm
# files the shell loads. tests/i18n fails when a .ts is stale or unfinished.
.PHONY: translations
TS_LANGUAGES := de en ar uk ru tr
TS_FILES := $(foreach lang,$(TS_LANGUAGES),kiosk/ui/translations/kiosk_$(lang).ts)

translations:
	$(VENV)/pyside6-lupdate -locations none -no-obsolete \
		$(shell find kiosk -name '*.py' | sort) -ts $(TS_FILES)
	$(VENV)/pyside6-lrelease -nounfinished -removeidentical $(TS_FILES)

# The station image from deploy/mkosi (root, network; docs/it.md, "The station
# image"). `make image` builds it as a folder tree (boots with systemd-nspawn;
# what the tests use, and all a kernel without vfat can build); `make
# image-disk` builds the real UEFI disk image for stations. The recipe is the
# same: only Format/Bootable differ (deploy/mkosi/build.sh --tree).
# RAUC_CERT is IT's update-signing certificate (it goes into the image: the
# station installs only bundles it signed); `make bundle` also needs its key,
# RAUC_KEY, and makes a signed bundle of the tree (deploy/image/bundle.sh;
# docs/it.md, "Updates and roll-back").
.PHONY: image image-disk bundle
image:
	sh deploy/mkosi/build.sh --tree --keyring "$(RAUC_CERT)" $(IMAGE_ARGS)

image-disk:
	sh deploy/mkosi/build.sh --keyring "$(RAUC_CERT)" $(IMAGE_ARGS)

bundle:
	out=$$(sh deploy/mkosi/build.sh --tree --keyring "$(RAUC_CERT)" $(IMAGE_ARGS)) && \
		tree=$$(echo "$$out" | tail -n 1) && \
		sh deploy/image/bundle.sh --cert "$(RAUC_CERT)" --key "$(RAUC_KEY)" "$$tree" $(BUNDLE)
