"""Cases: incidents, their leads, victims (identities encrypted) and the hash-chained audit log.

Revision ID: 0002_cases
Revises: 0001_alerts
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_cases"
down_revision = "0001_alerts"
branch_labels = None
depends_on = None

GENESIS = "0" * 64  # the prev_hash of the first audit event (rasad.cases.audit.GENESIS)


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("grade", sa.String(16)),
        sa.Column("types", sa.JSON, nullable=False),
        sa.Column("event_date", sa.String(10)),
        sa.Column("event_date_precision", sa.String(8)),
        sa.Column("place_id", sa.String(120)),
        sa.Column("place_name", sa.Text),
        sa.Column("district", sa.String(120)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("perpetrators", sa.JSON, nullable=False),
        sa.Column("set_by_monitor", sa.JSON, nullable=False),
        sa.Column("independent_sources", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_incidents_status", "incidents", ["status"])
    op.create_index("ix_incidents_event_date", "incidents", ["event_date"])
    op.create_table(
        "incident_leads",
        sa.Column("lead_id", sa.String(64), primary_key=True),
        sa.Column("incident_id", sa.String(16), sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("source_id", sa.String(120), nullable=False),
        sa.Column("published_at", sa.String(40)),
        sa.Column("incident_types", sa.JSON, nullable=False),
        sa.Column("places", sa.JSON, nullable=False),
        sa.Column("place_names", sa.JSON, nullable=False),
        sa.Column("regions", sa.JSON, nullable=False),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("source_group", sa.String(120), nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.Column("added_by", sa.String(100), nullable=False),
    )
    op.create_index("ix_incident_leads_incident_id", "incident_leads", ["incident_id"])
    op.create_table(
        "victims",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("incident_id", sa.String(16), sa.ForeignKey("incidents.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("pseudonym", sa.String(16), nullable=False, unique=True),
        sa.Column("gender", sa.String(16), nullable=False),
        sa.Column("age_group", sa.String(16), nullable=False),
        sa.Column("nationality", sa.String(2)),
        sa.Column("migrant_status", sa.String(16), nullable=False),
        sa.Column("occupation_group", sa.String(32)),
        sa.Column("violations", sa.JSON, nullable=False),
        sa.Column("needs", sa.JSON, nullable=False),
        sa.Column("consent", sa.String(16), nullable=False),
        sa.Column("name_token", sa.Text),
        sa.Column("contact_token", sa.Text),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
    )
    op.create_index("ix_victims_incident_id", "victims", ["incident_id"])
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject_type", sa.String(16), nullable=False),
        sa.Column("subject_id", sa.String(64), nullable=False),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_events_subject_id", "audit_events", ["subject_id"])
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS}])


def downgrade() -> None:
    for table in ("audit_head", "audit_events", "victims", "incident_leads", "incidents"):
        op.drop_table(table)
