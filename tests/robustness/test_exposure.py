"""Exposure: no public bind without credentials; wrong credentials are rejected."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
from gradio_client import Client
from gradio_client.exceptions import AuthenticationError

from assistant.errors import SettingsError
from assistant.settings import Settings
from tests.conftest import ROOT, SEED_ARTICLE, stop_server
from tests.ui.conftest import start_chat
from ui.app import launch_options

pytestmark = pytest.mark.server


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::"])
def test_non_loopback_bind_without_credentials_is_refused(host, cases):
    cases("exposure: public bind needs credentials")
    with pytest.raises(SettingsError, match="FILM_ASSISTANT_AUTH"):
        launch_options(Settings(host=host, _env_file=None))


def test_loopback_default_and_credentials_are_accepted():
    assert launch_options(Settings(_env_file=None))["server_name"] == "127.0.0.1"
    options = launch_options(Settings(host="0.0.0.0", auth="film:club", _env_file=None))
    assert options["auth"] == ("film", "club") and options["share"] is False
    with pytest.raises(SettingsError, match="user:password"):
        launch_options(Settings(auth="nopassword", _env_file=None))


def test_chat_command_refuses_public_bind_with_one_line(cases):
    cases("exposure: public bind needs credentials")
    result = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "chat"],
        cwd=ROOT,
        env={**os.environ, "FILM_ASSISTANT_HOST": "0.0.0.0"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "refusing to serve on 0.0.0.0" in result.stderr and "Traceback" not in result.stderr


def login(url: str, user: str, password: str) -> int:
    data = urllib.parse.urlencode({"username": user, "password": password}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url + "login", data=data), timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_wrong_credentials_are_rejected(tmp_path, cases):
    cases("exposure: wrong credentials rejected", 6)
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    shutil.copy(SEED_ARTICLE, knowledge / SEED_ARTICLE.name)
    process, url = start_chat(
        tmp_path,
        FILM_ASSISTANT_KNOWLEDGE_DIR=str(knowledge),
        FILM_ASSISTANT_INDEX_DIR=str(tmp_path / "index"),
        FILM_ASSISTANT_AUTH="film:club",
    )
    try:
        assert login(url, "film", "wrong") >= 400
        assert login(url, "intruder", "club") >= 400
        assert login(url, "film", "club") == 200
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(url + "config", timeout=10)
        # The /ask API is behind the same login.
        body = json.dumps({"data": ["Wer spielt Julie?", None]}).encode()
        call = urllib.request.Request(
            url + "gradio_api/call/ask", data=body, headers={"Content-Type": "application/json"}
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(call, timeout=10)
        assert refused.value.code == 401
        with pytest.raises(AuthenticationError):
            Client(url, verbose=False)
        with pytest.raises(ValueError, match="Could not login"):
            Client(url, auth=("film", "wrong"), verbose=False)
        client = Client(url, auth=("film", "club"), verbose=False)
        assert client.predict("Wer spielt Julie?", None, api_name="/ask")["supported"] is True
    finally:
        stop_server(process)
