"""The operating system's keyring (through the `keyring` library): where a login may be kept.

Passwords are kept under the service "newsdesk" and the key role@host:port/db. A keyring that
fails is reported in the log (never with the password) and Newsdesk asks again next time.
"""

from __future__ import annotations

import logging

SERVICE = "newsdesk"

log = logging.getLogger(__name__)


def keyring_available() -> bool:
    """True when a real keyring backend is there (not keyring's "fail" or "null" stand-ins)."""
    try:
        import keyring

        return float(keyring.get_keyring().priority) > 0
    except Exception as exc:  # a broken backend raises anything at all while it is looked for
        log.warning("no system keyring: %s", type(exc).__name__)
        return False


def stored_password(key: str) -> str | None:
    """The password kept for `key`, if any."""
    if not keyring_available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, key)
    except KeyringError as exc:
        log.warning("cannot read the keyring for %s: %s", key, type(exc).__name__)
        return None


def store_password(key: str, password: str) -> bool:
    """Keep `password` for `key`; False when the keyring refused."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, key, password)
    except KeyringError as exc:
        log.warning("cannot keep the password for %s: %s", key, type(exc).__name__)
        return False
    log.info("password for %s kept in the system keyring", key)
    return True


def forget_password(key: str) -> None:
    """Remove the password kept for `key`, if there is one."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.delete_password(SERVICE, key)
    except KeyringError:
        return
    log.info("password for %s removed from the system keyring", key)
