"""Each case's privacy review state (``vault.privacy.state`` / ``states``).

The records live in :mod:`fieldvault.core.records.scans` so that exports can read them too.
"""

from fieldvault.core.records.scans import (
    CHANGED,
    NOT_SCANNED,
    REVIEWED,
    STATES,
    UNDECIDED,
    PrivacyState,
    states_in,
)

__all__ = ["CHANGED", "NOT_SCANNED", "REVIEWED", "STATES", "UNDECIDED", "PrivacyState",
           "states_in"]
