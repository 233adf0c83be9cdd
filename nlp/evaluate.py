"""`rasad eval`: score the NLP on labelled data so accuracy claims are measured, not asserted.

Incidents JSONL (schema of tests/data/incidents/dev.jsonl): incident P/R/F1, incident-type
macro-F1, in-Libya precision/recall, place and actor P/R (exact after normalisation, and a
lenient figure where one name contains the other), killed/injured accuracy, and the incident
F1 per cell of (in_libya x is_incident) because the class mix of a file can be skewed, and the victim
categories reports count (women, girls, children, elderly, migrants, journalists, activists, medics)
per category on the incidents the labels call incidents.
CoNLL: entity-level per-label P/R/F1 of the NER model (with --held-back: on the last 10 % of the file
only, the slice scripts/train_ner.py never trains on). Language JSONL: language-ID accuracy per
language and the Arabizi flag's P/R (pipelines/language_eval.py).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from nlp.annotate import annotate
from nlp.normalize import TOKEN_RE, normalize
from rasad.errors import UserError

VICTIM_CATEGORIES = ("women", "girls", "children", "elderly", "migrants", "journalists", "activists", "medics")
INCIDENT_TYPES = ("killing", "injury", "torture", "arbitrary_detention", "enforced_disappearance", "abduction",
                  "trafficking", "attack_on_civil_society", "sexual_violence",
                  "attack_on_property_or_infrastructure", "other")


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def name_key(name: str) -> str:
    """Names compare after normalisation only: labels and predictions both have their leading clitic
    removed already (dev rules), and peeling again would wrongly cut «ليبيا» to «يبيا», «بنغازي» to «نغازي»."""
    return " ".join(TOKEN_RE.findall(normalize(name)))


def _set_scores(pairs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> dict[str, Any]:
    tp = fp = fn = 0
    lenient_tp_gold = lenient_tp_pred = n_gold = n_pred = 0
    for gold_names, predicted_names in pairs:
        gold = {name_key(n) for n in gold_names if name_key(n)}
        pred = {name_key(n) for n in predicted_names if name_key(n)}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        n_gold += len(gold)
        n_pred += len(pred)
        lenient_tp_gold += sum(1 for g in gold if any(g in p or p in g for p in pred))
        lenient_tp_pred += sum(1 for p in pred if any(g in p or p in g for g in gold))
    exact = _prf(tp, fp, fn)
    lenient = {"precision": round(lenient_tp_pred / n_pred, 4) if n_pred else 0.0,
               "recall": round(lenient_tp_gold / n_gold, 4) if n_gold else 0.0}
    return {"exact": exact, "lenient": lenient}


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise UserError(f"labelled file not found: {path}")
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict) or "text" not in item or "is_incident" not in item:
            raise UserError(f"{path}:{number}: needs at least 'text' and 'is_incident'")
        items.append(item)
    return items


def predict(item: dict[str, Any]) -> dict[str, Any]:
    from nlp.jsonl import output_record

    language = item.get("lang") or item.get("language") or "ar"
    annotation = annotate(item["text"], language, item.get("published_at") or item.get("published"))
    return output_record(item.get("id"), annotation, language, False)


def _victim_category_scores(pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """Per category and micro P/R/F1 over the labelled incidents only: a report counts the victims of
    documented incidents, so a category on a false lead is the incident score's error, not this one's."""
    labelled = [(set(g.get("victim_categories") or ()), set(p.get("victim_categories") or ()))
                for g, p in pairs if "victim_categories" in g and g["is_incident"]]
    per_category = {}
    for kind in VICTIM_CATEGORIES:
        tp = sum(1 for g, p in labelled if kind in g and kind in p)
        fp = sum(1 for g, p in labelled if kind not in g and kind in p)
        fn = sum(1 for g, p in labelled if kind in g and kind not in p)
        if tp + fp + fn:
            per_category[kind] = _prf(tp, fp, fn)
    micro = _prf(*(sum(v[k] for v in per_category.values()) for k in ("tp", "fp", "fn")))
    return {"items": len(labelled), "micro": micro, "per_category": per_category}


def score_incidents(items: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> dict[str, Any]:
    pairs = list(zip(items, predictions, strict=True))
    incident = Counter()
    cells: dict[str, Counter[str]] = {}
    for gold, pred in pairs:
        g, p = bool(gold["is_incident"]), bool(pred["is_incident"])
        incident["tp" if g and p else "fp" if p else "fn" if g else "tn"] += 1
        cell = f"in_libya={bool(gold.get('in_libya'))},is_incident={g}"
        cells.setdefault(cell, Counter())["correct" if g == p else "wrong"] += 1
    types = {}
    typed = [(g, p) for g, p in pairs if "incident_types" in g]  # files without type labels score none
    for kind in INCIDENT_TYPES:
        tp = sum(1 for g, p in typed if kind in g["incident_types"] and kind in p["incident_types"])
        fp = sum(1 for g, p in typed if kind not in g["incident_types"] and kind in p["incident_types"])
        fn = sum(1 for g, p in typed if kind in g["incident_types"] and kind not in p["incident_types"])
        if tp + fp + fn:
            types[kind] = _prf(tp, fp, fn)
    libya_tp = sum(1 for g, p in pairs if p["in_libya"] and g.get("in_libya"))
    libya_fp = sum(1 for g, p in pairs if p["in_libya"] and not g.get("in_libya"))
    libya_fn = sum(1 for g, p in pairs if not p["in_libya"] and g.get("in_libya"))
    counts = {}
    for field in ("killed", "injured"):
        relevant = [(g.get(field), p.get(field)) for g, p in pairs
                    if field in g and (g.get(field) is not None or p.get(field) is not None)]
        counts[field] = {"accuracy": round(sum(1 for a, b in relevant if a == b) / len(relevant), 4) if relevant else None,
                         "items": len(relevant)}
    # Event date: only files that label the resolved ISO date (ours do; dev has the verbatim text only).
    dated = [(g["event_date"], p.get("event_date")) for g, p in pairs if g.get("event_date") and g.get("is_incident")]
    counts["event_date"] = {"accuracy": round(sum(1 for a, b in dated if a == b) / len(dated), 4) if dated else None,
                            "items": len(dated)}
    # Leads are made for Libyan incidents: how many of those we call Libyan incidents are (precision).
    gold_li = [bool(g["is_incident"]) and bool(g.get("in_libya")) for g, _ in pairs]
    pred_li = [bool(p["is_incident"]) and bool(p["in_libya"]) for _, p in pairs]
    libya_incident = _prf(sum(a and b for a, b in zip(gold_li, pred_li, strict=True)),
                          sum(b and not a for a, b in zip(gold_li, pred_li, strict=True)),
                          sum(a and not b for a, b in zip(gold_li, pred_li, strict=True)))
    # Victim status on items labelled with one (combatant-only harm vs protected people): a fighters-only
    # item counts as right when we call it combatant or find no incident; a protected victim when we do not
    # call it combatant.
    status_pairs = [(g["victim_status"], p.get("victim_status")) for g, p in pairs if g.get("victim_status")]
    status_right = sum(1 for gs, ps in status_pairs if (gs == "combatant") == (ps == "combatant"))
    counts["victim_status"] = {"accuracy": round(status_right / len(status_pairs), 4) if status_pairs else None,
                               "items": len(status_pairs)}
    type_f1 = [v["f1"] for v in types.values()]
    return {
        "libya_incident": libya_incident,
        "items": len(pairs),
        "incident": _prf(incident["tp"], incident["fp"], incident["fn"]),
        "type_macro_f1": round(sum(type_f1) / len(type_f1), 4) if type_f1 else 0.0,
        "types": types,
        "in_libya": _prf(libya_tp, libya_fp, libya_fn),
        "places": _set_scores((g["places"], [x["name"] for x in p["places"]]) for g, p in pairs if "places" in g),
        "actors": _set_scores((g["actors"], [x["name"] for x in p["actors"]]) for g, p in pairs if "actors" in g),
        "counts": counts,
        "victim_categories": _victim_category_scores(pairs),
        "cells": {cell: {"accuracy": round(c["correct"] / (c["correct"] + c["wrong"]), 4), "n": c["correct"] + c["wrong"]}
                  for cell, c in sorted(cells.items())},
    }


def score_conll(path: Path, model: str | None = None, held_back: bool = False) -> dict[str, Any]:
    from nlp.ner import clean_label, read_conll, repair_bio, tag
    from nlp.ner_eval import conll_scores, split_by_order

    if not path.is_file():
        raise UserError(f"CoNLL file not found: {path}")
    with path.open(encoding="utf-8") as handle:
        rows = list(read_conll(handle))
    tokens = [[r[0] for r in sentence] for sentence in rows]
    gold = [repair_bio([clean_label(r[-1]) if len(r) > 1 else "O" for r in sentence]) for sentence in rows]
    if held_back:
        tokens, gold = split_by_order(tokens)[2], split_by_order(gold)[2]
    return conll_scores(gold, tag(tokens, model))


def _summary(name: str, scores: dict[str, Any]) -> list[str]:
    inc, lib = scores["incident"], scores["in_libya"]
    pl, ac, vc = scores["places"], scores["actors"], scores["victim_categories"]
    lines = [
        f"{name}: {scores['items']} items",
        f"  incident      P {inc['precision']:.3f}  R {inc['recall']:.3f}  F1 {inc['f1']:.3f}",
        (f"  type macro-F1 {scores['type_macro_f1']:.3f}  "
         + "  ".join(f"{k} {v['f1']:.2f}" for k, v in scores["types"].items())),
        f"  in Libya      P {lib['precision']:.3f}  R {lib['recall']:.3f}",
        (f"  Libya incident P {scores['libya_incident']['precision']:.3f}  R {scores['libya_incident']['recall']:.3f}"
         f"  (n gold {scores['libya_incident']['tp'] + scores['libya_incident']['fn']})"),
        (f"  places        P {pl['exact']['precision']:.3f}  R {pl['exact']['recall']:.3f}  "
         f"(lenient P {pl['lenient']['precision']:.3f}  R {pl['lenient']['recall']:.3f})"),
        (f"  actors        P {ac['exact']['precision']:.3f}  R {ac['exact']['recall']:.3f}  "
         f"(lenient P {ac['lenient']['precision']:.3f}  R {ac['lenient']['recall']:.3f})"),
        "  counts        " + "  ".join(f"{k} acc {v['accuracy']} (n={v['items']})" for k, v in scores["counts"].items()),
        (f"  victims       P {vc['micro']['precision']:.3f}  R {vc['micro']['recall']:.3f}  F1 {vc['micro']['f1']:.3f}"
         f"  (n incidents {vc['items']})  " + "  ".join(f"{k} {v['f1']:.2f}" for k, v in vc["per_category"].items())),
        "  per cell      " + "  ".join(f"{k}: {v['accuracy']:.2f} (n={v['n']})" for k, v in scores["cells"].items()),
    ]
    # A file without type, place or actor labels (the ASND splits) gets no line for them.
    if not scores["types"]:
        lines = [line for line in lines if not line.startswith("  type macro-F1")]
    if not vc["per_category"]:
        lines = [line for line in lines if not line.startswith("  victims")]
    for label, key in (("  places", "places"), ("  actors", "actors")):
        if not scores[key]["exact"]["tp"] + scores[key]["exact"]["fn"] + scores[key]["exact"]["fp"]:
            lines = [line for line in lines if not line.startswith(label)]
    return lines


def run_eval(jsonl: Sequence[Path], conll: Sequence[Path], strict: bool = False,
             ner_model: str | None = None, lang: Sequence[Path] = (), held_back: bool = False) -> dict[str, Any]:
    if not jsonl and not conll and not lang:
        raise UserError("nothing to score: give --jsonl FILE, --conll FILE and/or --lang FILE")
    report: dict[str, Any] = {}
    text: list[str] = []
    for path in jsonl:
        items = load_jsonl(path)
        predictions = [predict(item) for item in items]
        scores = score_incidents(items, predictions)
        report[str(path)] = scores
        text += _summary(str(path), scores)
        if strict:
            clear = [(i, p) for i, p in zip(items, predictions, strict=True) if i.get("label_confidence") != "borderline"]
            if clear:
                strict_scores = score_incidents([i for i, _ in clear], [p for _, p in clear])
                report[f"{path} (clear only)"] = strict_scores
                text += _summary(f"{path} (clear only)", strict_scores)
    for path in conll:
        scores = score_conll(path, ner_model, held_back)
        report[str(path)] = scores
        text.append(f"{path}{' (held-back 10 %)' if held_back else ''}: NER micro P {scores['micro']['precision']:.3f}  R {scores['micro']['recall']:.3f}  "
                    f"F1 {scores['micro']['f1']:.3f}")
        text += [f"  {label:<5} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  (n={v['support']})"
                 for label, v in scores["per_label"].items()]
    for path in lang:
        from pipelines.language_eval import load_labelled, score_language, summary

        scores = score_language(load_labelled(path))
        report[str(path)] = scores
        text += summary(str(path), scores)
    report["text"] = "\n".join(text)
    return report
