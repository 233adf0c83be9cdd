"""Local fixture websites served on 127.0.0.1 for crawler and pipeline tests."""
