"""The overview as plain tables (header + rows): the one shape every export writes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from belteam.reports import labels as words
from belteam.reports.overview import Overview


@dataclass(frozen=True)
class Table:
    name: str  # file and sheet name
    title: str
    header: list[str]
    rows: list[list[Any]]


def _value(value: Any, lang: str, percent: bool = False) -> Any:
    if value is None:
        return "—"
    if percent and isinstance(value, float):
        return f"{value * 100:.1f}%".replace(".", "," if lang == "nl" else ".")
    if isinstance(value, float) and lang == "nl":
        return str(value).replace(".", ",")
    return value


def tables(view: Overview, lang: str) -> list[Table]:
    """Key figures, wellbeing, topics, cases by outcome and (when asked) the areas."""
    this, prev = view.totals, view.previous_totals
    head = [words.word("this", lang), words.word("previous", lang)]
    result = [
        Table("figures", words.word("figures", lang), [words.word("figure", lang), *head],
              [[words.pick(words.FIGURES[k], lang), _value(this[k], lang, k == "reach_rate"),
                _value(prev[k], lang, k == "reach_rate")] for k in words.FIGURES]),
        Table("wellbeing", words.word("wellbeing", lang), [words.word("mark", lang), *head],
              [[m, this["wellbeing_counts"][m], prev["wellbeing_counts"][m]]
               for m in range(1, 11)]),
        Table("topics", words.word("topics", lang), [words.word("topic", lang), *head],
              [[words.pick(words.TOPICS[t], lang), this["topics"][t], prev["topics"][t]]
               for t in words.TOPICS]),
        Table("cases", words.word("cases", lang), [words.word("outcome", lang), *head],
              [[words.pick(words.OUTCOMES[o], lang), this["case_outcomes"][o], prev["case_outcomes"][o]]
               for o in words.OUTCOMES]),
    ]
    if view.areas:
        result.append(Table(
            "areas", words.word("areas", lang),
            [words.word("area", lang), *(words.pick(words.FIGURES[k], lang) for k in words.AREA_COLUMNS)],
            [[a["area"] or words.word("none", lang),
              *(_value(a.get(k), lang, k == "reach_rate") for k in words.AREA_COLUMNS)]
             for a in view.areas]))
    return result
