"""Checks on an output file named on the command line, shared by `annotate` and `ner`."""

from __future__ import annotations

import os
from pathlib import Path

from rasad.errors import UserError


def check_output(source: Path, target: Path) -> None:
    """UserError if ``target`` cannot take the output of reading ``source``: it is a folder, its folder is
    missing, or it is the input itself (any spelling, hard link or symlink), which opening for writing
    would empty before a line is read."""
    if target.is_dir():
        raise UserError(f"output {target} is a folder: name a file")
    if not target.parent.is_dir():
        raise UserError(f"output folder does not exist: {target.parent}")
    if target.exists() and source.exists() and os.path.samefile(source, target):
        raise UserError(f"input and output are the same file ({target}): writing would destroy the input; "
                        "name another output file")
