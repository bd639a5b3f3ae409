"""The dashboard's period choices, as the days they cover."""
from __future__ import annotations

from datetime import date

import pytest

from app.models.errors import UserError
from app.services.dashboard_periods import MAX_CUSTOM_DAYS, PERIOD_KINDS, period_range

TODAY = date(2026, 11, 18)


@pytest.mark.parametrize("kind, start, end", [
    ("last7", date(2026, 11, 12), TODAY),
    ("last30", date(2026, 10, 20), TODAY),
    ("last90", date(2026, 8, 21), TODAY),
    ("this_month", date(2026, 11, 1), TODAY),
    ("last_month", date(2026, 10, 1), date(2026, 10, 31)),
])
def test_fixed_periods_end_today_or_cover_last_month(kind, start, end):
    assert period_range(kind, TODAY) == (start, end)


def test_rolling_periods_have_their_length_in_days():
    for kind, days in (("last7", 7), ("last30", 30), ("last90", 90)):
        start, end = period_range(kind, TODAY)
        assert (end - start).days + 1 == days


def test_month_edges():
    assert period_range("this_month", date(2026, 3, 1)) == (date(2026, 3, 1), date(2026, 3, 1))
    assert period_range("last_month", date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_range("last_month", date(2024, 3, 31)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_range("last7", date(2026, 1, 3)) == (date(2025, 12, 28), date(2026, 1, 3))


def test_custom_range_is_taken_as_given():
    assert period_range("custom", TODAY, date(2026, 5, 1), date(2026, 5, 1)) == (date(2026, 5, 1), date(2026, 5, 1))
    assert period_range("custom", TODAY, date(2025, 1, 1), date(2026, 12, 31)) == (date(2025, 1, 1),
                                                                                  date(2026, 12, 31))


def test_custom_range_may_be_at_most_731_days():
    start = date(2024, 1, 1)
    longest = date(2025, 12, 31)          # 2024 is a leap year: 366 + 365 = 731 days
    assert (longest - start).days + 1 == MAX_CUSTOM_DAYS == 731
    assert period_range("custom", TODAY, start, longest) == (start, longest)
    with pytest.raises(UserError, match="longer than 731 days"):
        period_range("custom", TODAY, start, date(2026, 1, 1))


def test_custom_range_that_ends_before_it_starts_is_refused():
    with pytest.raises(UserError, match="starts on 2026-11-10 after it ends on 2026-11-09"):
        period_range("custom", TODAY, date(2026, 11, 10), date(2026, 11, 9))
    with pytest.raises(UserError):
        period_range("custom", TODAY, None, TODAY)


def test_unknown_kind_is_a_programming_error():
    assert "custom" in PERIOD_KINDS and len(PERIOD_KINDS) == 6
    with pytest.raises(ValueError):
        period_range("last_year", TODAY)
