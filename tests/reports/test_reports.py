"""The overview's figures of a scripted month, checked against counts written out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import scripted_month

from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.reports import overview as reports
from belteam.reports import periods
from belteam.settings import store as settings

NOVEMBER = periods.month(2026, 11)
COORDINATOR = Actor("coco", "coordinator")


def test_scripted_month_figures(db):
    scripted_month()
    total = reports.figures(NOVEMBER, False)[""]
    # Due: 9 residents x 5 Mondays (2, 9, 16, 23, 30), less N6's paused Monday 16 November.
    assert total["due"] == 44
    # Attempts in November: N1..N5 twice (all reached), N6 twice, Z1 once (reached), Z2 once.
    assert (total["attempts"], total["reached"], total["reach_rate"]) == (14, 11, 0.786)
    assert total["residents_reached"] == 6  # N1..N5, Z1
    assert total["residents_not_reached"] == 3  # N6, Z2 and Z3 (due, never tried)
    # Latest marks: N1 5, N2 7, N3 7, N4 9, N5 7, Z1 4.
    assert total["wellbeing_counts"] == {1: 0, 2: 0, 3: 0, 4: 1, 5: 1, 6: 0, 7: 3, 8: 0, 9: 1,
                                         10: 0}
    assert (total["wellbeing_mean"], total["wellbeing_median"]) == (6.5, 7)
    # Latest mark in the period against the last one before it: N5 9 (October) -> 7. N1's
    # 8 -> 5 lies within the month, so it has no mark before it to drop from.
    assert total["wellbeing_dropped"] == 1
    assert total["topics"] == {"loneliness": 1, "health": 5, "groceries": 0, "money": 0,
                               "mobility": 0, "family": 0, "mood": 0}
    assert (total["practical_help"], total["not_again"], total["concerns"]) == (2, 1, 1)
    assert (total["cases_opened"], total["cases_closed"]) == (2, 1)
    assert total["case_outcomes"]["reached"] == 1 and total["case_median_days"] == 4.0
    assert (total["waiting"], total["waiting_median_days"]) == (1, 32)  # W1; 1 Oct -> 2 Nov
    assert (total["volunteers_active"], total["volunteers_new"],
            total["volunteers_stopped"], total["calls_per_volunteer"]) == (2, 0, 0, 7.0)
    areas = reports.figures(NOVEMBER, True)
    assert (areas["Noord"]["due"], areas["Zuid"]["due"]) == (29, 15)
    assert (areas["Noord"]["attempts"], areas["Zuid"]["attempts"]) == (12, 2)
    assert (areas["Noord"]["residents_not_reached"], areas["Zuid"]["residents_not_reached"]) == (1, 2)
    october = reports.figures(NOVEMBER.previous(), False)[""]
    assert (october["due"], october["attempts"], october["wellbeing_counts"][9]) == (0, 1, 1)


def test_totals_hide_small_figures(db):
    scripted_month()
    data = reports.overview(COORDINATOR, NOVEMBER).as_json()
    totals = data["totals"]
    assert data["period"] == {"from": "2026-11-01", "to": "2026-11-30"}
    assert totals["due"] == 44 and totals["residents_reached"] == 6
    assert totals["residents_not_reached"] == "<5" and totals["wellbeing_dropped"] == "<5"
    assert totals["topics"]["health"] == 5 and totals["topics"]["loneliness"] == "<5"
    assert totals["wellbeing_mean"] == 6.5  # six marked residents
    assert totals["case_median_days"] == "<5"  # one closed case
    assert data["previous"]["attempts"] == "<5"  # October: one resident
    settings.set_value(SYSTEM, "report_min_residents", 3)
    totals = reports.overview(COORDINATOR, NOVEMBER).as_json()["totals"]
    assert totals["residents_not_reached"] == 3 and totals["wellbeing_dropped"] == "<3"


def test_an_area_of_three_residents_is_hidden_and_no_total_gives_it_away(db):
    scripted_month()
    data = reports.overview(COORDINATOR, NOVEMBER, by_area=True).as_json()
    zuid = next(a for a in data["areas"] if a["area"] == "Zuid")
    noord = next(a for a in data["areas"] if a["area"] == "Noord")
    for key in ("due", "attempts", "reached", "reach_rate", "residents_reached",
                "residents_not_reached", "wellbeing_mean"):
        assert zuid[key] == "<5", key
    # The totals are published, so Noord's own numbers would give Zuid's away: hidden too.
    assert data["totals"]["due"] == 44 and noord["due"] == "<5"
    assert data["totals"]["attempts"] == 14 and noord["attempts"] == "<5"
    for key in ("due", "attempts", "reached", "residents_reached", "residents_not_reached"):
        values = [a[key] for a in data["areas"]]
        if data["totals"][key] != "<5":
            assert values.count("<5") != 1, key  # never exactly one hidden cell of a sum


def test_settings_never_go_below_three(db):
    with pytest.raises(settings.SettingError):
        settings.set_value(SYSTEM, "report_min_residents", 2)


def test_volunteers_may_not_read_the_overview(db):
    with pytest.raises(PermissionDenied):
        reports.overview(Actor("vol", "volunteer", volunteer_id=1), NOVEMBER)
    assert reports.overview(Actor("sam", "staff"), NOVEMBER).totals["due"] == 0


def test_reach_series_has_twelve_weeks(db):
    scripted_month()
    series = reports.reach_series(COORDINATOR, periods.week(2026, 49))
    assert [w for w, _r in series][-2:] == ["2026-W48", "2026-W49"] and len(series) == 12
    # Week of 2 November: N1..N5 and Z1 reached, N6 and Z2 not: 6 of 8.
    assert dict(series)["2026-W45"] == 0.75 and dict(series)["2026-W44"] == 1.0
    assert dict(series)["2026-W43"] is None


def test_a_long_period_reads_the_same_as_its_parts(db):
    """Two months read as one period count the attempts of both months."""
    scripted_month()
    two_months = reports.figures(periods.dates(date(2026, 10, 1), date(2026, 11, 30)), False)[""]
    assert (two_months["attempts"], two_months["reached"]) == (15, 12)  # November + N5 in October
    assert (two_months["residents_reached"], two_months["volunteers_active"]) == (6, 2)
    assert two_months["wellbeing_counts"][7] == 3 and two_months["wellbeing_dropped"] == 0
