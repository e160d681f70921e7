"""The rows of the Residents and Volunteers screens and the one filter rule they share."""

from datetime import date

from test_matching_lists import desk  # noqa: F401 - the shared fixture

from belteam.core.actors import SYSTEM, Actor
from belteam.matching.lists_rows import ResidentFilter, resident_list_rows, volunteer_list_rows

TODAY = date(2026, 11, 30)


def _codes(rows, chosen: ResidentFilter):
    return sorted(r.code for r in rows if chosen.accepts(r, TODAY))


def test_resident_rows_carry_contact_next_call_mark_and_case(desk):  # noqa: F811
    rows = {r.code: r for r in resident_list_rows(SYSTEM)}
    jan, piet, wait = rows["JAN"], rows["PIET"], rows["WAIT"]
    assert (jan.last_contact, jan.next_call, jan.wellbeing, jan.open_case) == (
        date(2026, 10, 1), date(2026, 12, 3), 7, False)
    assert (piet.next_call, piet.wellbeing, piet.open_case) == (date(2026, 11, 30), 4, True)
    assert (wait.volunteer, wait.next_call, wait.last_contact) == ("", None, None)


def test_the_filter_rule(desk):  # noqa: F811
    rows = resident_list_rows(SYSTEM)
    assert _codes(rows, ResidentFilter()) == ["JAN", "PIET", "WAIT"]
    assert _codes(rows, ResidentFilter(status="waiting")) == ["WAIT"]
    assert _codes(rows, ResidentFilter(area="HAVELTE")) == ["JAN", "WAIT"]
    piet = next(r for r in rows if r.code == "PIET")
    assert _codes(rows, ResidentFilter(volunteer=piet.volunteer_code)) == ["PIET"]
    assert piet.volunteer_code == "BOB"
    assert _codes(rows, ResidentFilter(open_case=True)) == ["PIET"]
    # Not reached for 30 days: JAN (1 October) and WAIT (never); PIET spoke on 23 November.
    assert _codes(rows, ResidentFilter(not_reached_days=30)) == ["JAN", "WAIT"]
    assert _codes(rows, ResidentFilter(not_reached_days=7)) == ["JAN", "PIET", "WAIT"]
    assert not ResidentFilter().active() and ResidentFilter(open_case=True).active()


def test_a_volunteer_gets_no_desk_facts(desk):  # noqa: F811
    ann, _bob = desk
    rows = resident_list_rows(Actor("ann", "volunteer", volunteer_id=ann.id))
    assert [r.code for r in rows] == ["JAN"]
    assert (rows[0].last_contact, rows[0].wellbeing, rows[0].next_call) == (None, None, None)


def test_volunteer_rows(desk):  # noqa: F811
    rows = {r.code: r for r in volunteer_list_rows(SYSTEM)}
    ann, bob = rows["ANN"], rows["BOB"]
    assert (ann.residents, ann.max_residents, ann.free, ann.availability) == (
        1, 3, 2, "Tue, Thu morning")
    assert ann.quiet and not bob.quiet
    assert bob.next_absence == (date(2026, 12, 5), date(2026, 12, 9))
    assert bob.last_logged.date() == date(2026, 11, 23)
