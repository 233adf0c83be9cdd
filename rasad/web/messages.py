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
    # incidents and victims (rasad/cases/records.py)
    N_("open"), N_("referred"), N_("closed"),
    N_("single_source"), N_("corroborated"), N_("confirmed"), N_("contested"),
    N_("day"), N_("month"), N_("year"), N_("same story"), N_("same place, date and type"),
    N_("female"), N_("male"), N_("unknown"), N_("child"), N_("adult"), N_("elderly"),
    N_("citizen"), N_("migrant"), N_("refugee"), N_("asylum_seeker"), N_("stateless"),
    N_("journalist"), N_("activist"), N_("human_rights_defender"), N_("medic"), N_("lawyer"), N_("judge"),
    N_("politician"), N_("aid_worker"), N_("official"), N_("security"), N_("student"),
    N_("medical"), N_("legal"), N_("psychosocial"), N_("protection"), N_("livelihood"), N_("shelter"),
    N_("given"), N_("refused"), N_("not_asked"), N_("withdrawn"),
    N_("incident_type"), N_("region"), N_("place"), N_("actor"), N_("source"), N_("language"),
    N_("no such incident"),
)
