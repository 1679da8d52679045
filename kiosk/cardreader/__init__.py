"""Card readers and the Online-Ausweis.

The kiosk never talks to a card: it watches PC/SC for readers and cards
(`watcher`, `presence`), classifies a card only as contact or contactless
(`atr`), reads PIN-pad features of a reader (`features`), recognises eID
activation links (`activation`), and leaves every eID step to AusweisApp,
which it runs headless (`ausweisapp`) and drives over its SDK WebSocket
(`sdk` is the pure state machine, `sdk_client` the socket).

Exceptions::

    CardReaderError
    ├── FeatureParseError       a reader's PC/SC part-10 feature list is malformed
    ├── PcscError               a PC/SC call failed (carries the SCARD_* code)
    └── EidError
        ├── AusweisAppError
        │   ├── AusweisAppNotFound      no AusweisApp / AusweisApp2 binary
        │   └── AusweisAppStartError    it did not start or did not open its port
        └── EidStateError       an action that does not fit the current eID screen,
                                or a PIN/CAN/PUK that has the wrong form
"""

from kiosk.cardreader.errors import (
    AusweisAppError,
    AusweisAppNotFound,
    AusweisAppStartError,
    CardReaderError,
    EidError,
    EidStateError,
    FeatureParseError,
    PcscError,
)

__all__ = [
    "AusweisAppError",
    "AusweisAppNotFound",
    "AusweisAppStartError",
    "CardReaderError",
    "EidError",
    "EidStateError",
    "FeatureParseError",
    "PcscError",
]
