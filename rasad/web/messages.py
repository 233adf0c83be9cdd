"""Words the pages translate from data (statuses, actions, roles, incident types, field names).

They reach templates as variables, so Babel cannot see them there: listing them here with the
no-op marker ``N_`` puts them in the catalogues (``pybabel extract -k N_``).
"""

from __future__ import annotations


def N_(message: str) -> str:
    return message


DATA_WORDS = (
    N_("new"), N_("in_review"), N_("verified"), N_("rejected"), N_("duplicate"),
    N_("assign"), N_("review"), N_("verify"), N_("reject"), N_("note"),
    N_("researcher"), N_("monitor"), N_("admin"),
    N_("killing"), N_("injury"), N_("torture"), N_("arbitrary_detention"), N_("enforced_disappearance"),
    N_("abduction"), N_("trafficking"), N_("attack_on_civil_society"), N_("sexual_violence"),
    N_("attack_on_property_or_infrastructure"), N_("other"),
    N_("killed"), N_("injured"), N_("detained"), N_("event_date"), N_("event_date_precision"),
    N_("victim_categories"), N_("cluster_id"),
    N_("no such lead"),
)
