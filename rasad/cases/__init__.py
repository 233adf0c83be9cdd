"""Cases: incidents, victims and the audit log (the organisation's documented output)."""
