"""Outputs read cases and the archive and never write to either: reports and referral packages."""
