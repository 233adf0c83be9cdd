"""Alert e-mail over SMTP, configured from the environment; a failure is counted, never fatal."""

from __future__ import annotations

import os
import smtplib
import sys
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from rasad.errors import NotConfigured


@dataclass(frozen=True)
class SmtpMailer:
    host: str
    port: int
    sender: str
    starttls: bool = False
    user: str | None = None
    password: str | None = None
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> SmtpMailer | None:
        """``RASAD_SMTP_HOST`` (unset: no e-mail), ``_PORT``, ``_FROM``, ``_STARTTLS``, ``_USER``, ``_PASSWORD_FILE``."""
        host = os.environ.get("RASAD_SMTP_HOST")
        if not host:
            return None
        password_file = os.environ.get("RASAD_SMTP_PASSWORD_FILE")
        try:
            password = Path(password_file).read_text(encoding="utf-8").strip() if password_file else None
        except OSError as exc:
            raise NotConfigured(f"cannot read RASAD_SMTP_PASSWORD_FILE ({exc.strerror})") from None
        try:
            port = int(os.environ.get("RASAD_SMTP_PORT", "25"))
        except ValueError:
            raise NotConfigured("RASAD_SMTP_PORT is not a number") from None
        return cls(host=host, port=port, sender=os.environ.get("RASAD_SMTP_FROM", "rasad@localhost"),
                   starttls=os.environ.get("RASAD_SMTP_STARTTLS") == "1", user=os.environ.get("RASAD_SMTP_USER"),
                   password=password)

    def send(self, recipient: str, subject: str, body: str) -> bool:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.sender, recipient, subject
        message.set_content(body)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls()
                if self.user and self.password:
                    smtp.login(self.user, self.password)
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            # The reason only: the message, the address and the server's reply may carry more than we should log.
            print(f"rasad alerts: e-mail not sent ({type(exc).__name__}); the notification stays in the app",
                  file=sys.stderr)
            return False
        return True
