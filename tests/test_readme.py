"""The README's command examples say what govbench does (as datasette's docs tests do)."""

from __future__ import annotations

import re
from pathlib import Path

from govbench import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```sh\n(.*?)```", README, flags=re.S)


def test_the_command_summary_lists_every_command_and_no_other():
    summary = next(b for b in BLOCKS if b.startswith("govbench parse FILE"))
    listed = set(re.findall(r"^govbench ([\w-]+)", summary, flags=re.M))
    commands = set(cli._parser()._subparsers._group_actions[0].choices)
    assert listed == commands


def test_the_parse_example_prints_what_the_readme_shows(monkeypatch, capsys):
    example = next(b for b in BLOCKS if b.startswith("$ govbench parse data/reports/full/"))
    command, *shown = example.split("\n\n", 1)[0].splitlines()
    monkeypatch.chdir(ROOT)
    assert cli.main(command.removeprefix("$ govbench ").split()) == 0
    assert capsys.readouterr().out.splitlines() == shown
