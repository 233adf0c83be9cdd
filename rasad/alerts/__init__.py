"""Saved searches that notify their owner of new matching leads after each night, and the severe-lead rule."""
