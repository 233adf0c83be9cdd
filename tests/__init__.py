"""Tests for rasad."""
