"""The wipe step 'eid': AusweisApp restarted, nothing of it left behind.

Register it after the step that empties the session directory, because the
fresh AusweisApp keeps its files in `<session_dir>/eid`::

    wiper.register(EID_WIPE_STEP, eid_wipe_step(ausweisapp, eid_client))
"""

from __future__ import annotations

from kiosk.cardreader.ausweisapp import AusweisApp
from kiosk.cardreader.errors import AusweisAppError
from kiosk.cardreader.sdk_client import EidClient
from kiosk.session.wipe import Step, WipeStepFailed

EID_WIPE_STEP = "eid"


def eid_wipe_step(app: AusweisApp, client: EidClient | None = None) -> Step:
    def step() -> None:
        if client is not None:
            client.close()  # cancels any workflow of the last resident
        app.stop()
        if app.running:
            raise WipeStepFailed(f"AusweisApp (pid {app.pid}) is still running")
        try:
            app.remove_files()
        except OSError as exc:
            message = f"AusweisApp's files could not be removed: {exc}"
            raise WipeStepFailed(message) from None
        left = app.leftovers()
        if left:
            raise WipeStepFailed(f"{len(left)} AusweisApp file(s) left in {app.root}")
        try:
            port = app.start()
        except AusweisAppError as exc:
            raise WipeStepFailed(f"AusweisApp did not start again: {exc}") from None
        if client is not None:
            client.open(port)

    return step
