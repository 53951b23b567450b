"""The command line logs in the way libpq does, prompts once at a terminal, and fails in one line.

Against the private scram-sha-256 cluster (tests/login/scram_cluster.py), through real `newsdesk`
processes: PGPASSWORD, a password file, a service file and a typed password all work; a wrong or
missing password is exit 6 and one line; TLS parameters in the URL reach libpq; the password
never shows up in the output or the log.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdesk.paths import log_file

# As the installed `newsdesk` script runs it (under -m the module's logger would be "__main__").
NEWSDESK = (
    sys.executable,
    "-c",
    "import sys; from newsdesk.cli.main import main; sys.exit(main())",
)


def run(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    """`newsdesk ARGV` with stdin not a terminal."""
    return subprocess.run(
        [*NEWSDESK, *argv],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def one_error_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    """The single stderr line of a failed run that printed nothing else."""
    assert (result.returncode, result.stdout, result.stderr.count("\n")) == (code, "", 1), (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    return result.stderr


def assert_no_password(text: str, password: str) -> None:
    """Neither `password` nor any URL spelling of it (or of its first word) is in `text`."""
    from urllib.parse import quote, quote_plus

    first = password.split()[0]
    for spelling in {password, first, quote(first), quote_plus(password), quote(password)}:
        assert spelling not in text, spelling


def test_password_from_pgpassword(login, clean_env) -> None:
    result = run({**clean_env, "PGPASSWORD": login.password}, "--db", login.url(), "user", "list")
    assert result.returncode == 0, result.stderr
    assert "admin" in result.stdout


def test_password_from_a_pgpass_file(login, clean_env) -> None:
    pgpass = Path(clean_env["HOME"]) / ".pgpass"
    pgpass.write_text(
        f"127.0.0.1:{login.cluster.port}:{login.database}:{login.role}:{login.password}\n",
        encoding="utf-8",
    )
    pgpass.chmod(0o600)
    result = run(clean_env, "--db", login.url(), "db", "upgrade")
    assert result.returncode == 0, result.stderr
    # The same file named by the URL's passfile parameter: it reaches libpq untouched.
    elsewhere = pgpass.rename(pgpass.parent / "newsroom.pgpass")
    named = login.url(query=f"passfile={elsewhere}")
    assert run(clean_env, "--db", named, "db", "upgrade").returncode == 0
    one_error_line(run(clean_env, "--db", login.url(), "db", "upgrade"), 6)


def test_password_from_a_service_file(login, clean_env, tmp_path) -> None:
    services = tmp_path / "pg_service.conf"
    services.write_text(
        "[newsroom]\n"
        f"host=127.0.0.1\nport={login.cluster.port}\ndbname={login.database}\n"
        f"user={login.role}\npassword={login.password}\n",
        encoding="utf-8",
    )
    env = {**clean_env, "PGSERVICEFILE": str(services)}
    result = run(env, "--db", "postgresql:///?service=newsroom", "user", "list")
    assert result.returncode == 0, result.stderr
    assert "admin" in result.stdout
    # It was the service's server and database that the run migrated and added the admin to.
    assert login.cluster.scalar("SELECT count(*) FROM users", database=login.database) == 1


def test_a_wrong_password_is_one_line_and_exit_6(login, clean_env) -> None:
    result = run({**clean_env, "PGPASSWORD": "not-it"}, "--db", login.url(), "user", "list")
    line = one_error_line(result, 6)
    assert line == (
        f"newsdesk: error: cannot log in to 127.0.0.1:{login.cluster.port} as {login.role}: "
        "password authentication failed\n"
    )
    assert "not-it" not in line


def test_a_wrong_password_in_the_url_is_not_shown(login, clean_env) -> None:
    result = run(clean_env, "--db", login.url(password="hunter2-wrong"), "user", "list")
    assert "password authentication failed" in one_error_line(result, 6)
    assert "hunter2" not in result.stderr


def test_no_password_and_no_terminal_is_one_line_and_exit_6(login, clean_env) -> None:
    result = run(clean_env, "--db", login.url(), "user", "list")
    assert one_error_line(result, 6) == (
        f"newsdesk: error: cannot log in to 127.0.0.1:{login.cluster.port} as {login.role}: "
        "the server asks for a password and none was given\n"
    )


def test_tls_settings_reach_libpq(login, clean_env) -> None:
    env = {**clean_env, "PGPASSWORD": login.password}
    refused = run(
        env, "--db", login.url(query="sslmode=verify-full&sslrootcert=/nonexistent"), "user", "list"
    )
    assert 'root certificate file "/nonexistent" does not exist' in one_error_line(refused, 6)
    verified = login.url(
        host="localhost", query=f"sslmode=verify-full&sslrootcert={login.cluster.certificate}"
    )
    assert run(env, "--db", verified, "user", "list").returncode == 0
    # verify-full checks the name too: the certificate is for "localhost", not "127.0.0.1".
    wrong_name = login.url(query=f"sslmode=verify-full&sslrootcert={login.cluster.certificate}")
    assert "does not match host name" in one_error_line(
        run(env, "--db", wrong_name, "db", "check"), 6
    )


def test_shared_server_refuses_verify_full_without_its_root_certificate(clean_env) -> None:
    """The same URL parameters on the shared server: libpq's own refusal, one line, exit 6."""
    from conftest import PG_BASE_URL

    url = f"{PG_BASE_URL}?sslmode=verify-full&sslrootcert=/nonexistent"
    result = run(clean_env, "--db", url, "user", "list")
    line = one_error_line(result, 6)
    assert "SSL" in line or "/nonexistent" in line, line


class Terminal:
    """`newsdesk` on a pseudo-terminal: what it writes there, and typing into it."""

    def __init__(self, env: dict[str, str], *argv: str):
        import pty

        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            [*NEWSDESK, *argv],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self.seen = b""

    def wait_for(self, text: str, timeout: float = 60) -> None:
        """Read the terminal until `text` appears."""
        deadline = time.monotonic() + timeout
        while text.encode() not in self.seen:
            assert self._read(deadline - time.monotonic()), f"no {text!r} in {self.seen!r}"

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\n")

    def finish(self, timeout: float = 60) -> int:
        """Read to the end; the exit status."""
        deadline = time.monotonic() + timeout
        while self._read(deadline - time.monotonic()):
            pass
        code = self.process.wait(timeout=max(deadline - time.monotonic(), 1))
        os.close(self.master)
        return code

    def _read(self, timeout: float) -> bool:
        if timeout <= 0 or not select.select([self.master], [], [], timeout)[0]:
            return False
        try:
            chunk = os.read(self.master, 4096)
        except OSError:  # EIO: the process closed the terminal
            return False
        self.seen += chunk
        return bool(chunk)

    @property
    def text(self) -> str:
        return self.seen.decode("utf-8", "replace")


def test_prompt_at_a_terminal_logs_in_without_echo(login, clean_env) -> None:
    terminal = Terminal(clean_env, "--db", login.url(), "user", "list")
    prompt = f"Password for {login.role} on 127.0.0.1:{login.cluster.port}: "
    terminal.wait_for(prompt)
    terminal.type(login.password)
    assert terminal.finish() == 0, terminal.text
    assert "admin" in terminal.text
    assert login.password not in terminal.text  # echo was off
    assert terminal.text.count("Password for") == 1


def test_a_wrong_typed_password_is_asked_once_then_one_line(login, clean_env) -> None:
    terminal = Terminal(clean_env, "--db", login.url(), "user", "list")
    terminal.wait_for("Password for ")
    terminal.type("guessing-wrong")
    assert terminal.finish() == 6
    after_prompt = terminal.text.split(": ", 1)[1].strip().splitlines()
    assert after_prompt == [
        f"newsdesk: error: cannot log in to 127.0.0.1:{login.cluster.port} as {login.role}: "
        "password authentication failed"
    ]
    assert "guessing-wrong" not in terminal.text
    assert terminal.text.count("Password for") == 1


@pytest.mark.parametrize("verbose", [False, True], ids=["quiet", "verbose"])
def test_passwords_stay_out_of_the_log(login, clean_env, verbose) -> None:
    flags = ["--verbose"] if verbose else []
    right = login.url(password=login.password)
    in_query = login.url(query=f"password={login.password.replace(' ', '%20')}")
    outputs = [
        run(clean_env, *flags, "--db", right, "db", "check"),
        run(clean_env, *flags, "--db", in_query, "user", "list"),
        run(
            {**clean_env, "PGPASSWORD": login.password}, *flags, "--db", login.url(), "db", "check"
        ),
        run(clean_env, *flags, "--db", login.url(password="Wrong-Sésame"), "user", "list"),
    ]
    assert [result.returncode for result in outputs] == [0, 0, 0, 6]
    log = log_file().read_text(encoding="utf-8")
    assert f"{login.role}" in log  # the log does name where it connected
    for text in [log, *(r.stdout + r.stderr for r in outputs)]:
        assert_no_password(text, login.password)
        assert_no_password(text, "Wrong-Sésame")


def test_the_self_check_names_the_database_without_its_password(login, clean_env) -> None:
    from urllib.parse import quote

    for url in (
        login.url(password=login.password),
        login.url(query=f"password={quote(login.password)}&sslmode=require"),
    ):
        result = run(clean_env, "gui", "--self-check", "--db", url)
        assert result.returncode == 0, result.stdout + result.stderr
        database_line = next(line for line in result.stdout.splitlines() if " database " in line)
        assert f"@127.0.0.1:{login.cluster.port}/{login.database}" in database_line
        assert_no_password(result.stdout + result.stderr, login.password)
