"""The README documents every setting, with its default, and the two Quickstart commands."""

from __future__ import annotations

import re

from assistant.settings import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def documented_settings() -> dict[str, str]:
    rows = re.findall(r"^\| `FILM_ASSISTANT_(\w+)` \| ([^|]+) \|", README, flags=re.M)
    return {name.lower(): default.strip() for name, default in rows}


def test_every_setting_is_in_the_readme_table_with_its_default():
    documented = documented_settings()
    assert set(documented) == set(Settings.model_fields)
    for name, field in Settings.model_fields.items():
        default = field.default
        expected = "unset" if default is None else (f"`{default}`" if str(default) else "(empty)")
        assert documented[name] == expected, name


def test_quickstart_is_exactly_make_chat_and_make_test():
    quickstart = README.split("## Quickstart", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^(make \w+)", quickstart, flags=re.M)
    assert commands == ["make chat", "make test"]
