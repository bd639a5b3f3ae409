"""A/B comparison of two conversion rates against published and hand-computed figures."""
from __future__ import annotations

import pytest

from app.models.activities import Variant
from app.models.errors import UserError
from app.services.ab_test import compare, compare_to_control


def test_the_textbook_example():
    # OpenIntro Statistics, 4th ed., section 6.2 (the CPR / blood-thinner study): 14 of 40 survived in
    # the treatment group, 11 of 50 in the control group. The book: difference 0.13, SE 0.095,
    # 95% CI (-0.057, 0.317); no significant difference.
    result = compare(14, 40, 11, 50)
    assert result.difference == pytest.approx(0.13)
    assert (result.low, result.high) == (pytest.approx(-0.057, abs=5e-4), pytest.approx(0.317, abs=5e-4))
    assert result.z == pytest.approx(1.368, abs=1e-3)        # pooled: p = 25/90
    assert result.p_value == pytest.approx(0.171, abs=1e-3)
    assert not result.significant and result.enough_data


def test_a_clear_difference_is_significant():
    # 60 of 200 against 26 of 200: 0.30 - 0.13 = 0.17; SE = sqrt(.3*.7/200 + .13*.87/200) = 0.040193
    result = compare(60, 200, 26, 200)
    assert result.difference == pytest.approx(0.17)
    assert result.low == pytest.approx(0.17 - 1.959964 * 0.040193, abs=1e-5)
    assert result.high == pytest.approx(0.17 + 1.959964 * 0.040193, abs=1e-5)
    assert result.significant and result.p_value < 0.001


def test_equal_rates_and_small_samples():
    same = compare(10, 100, 10, 100)
    assert same.difference == 0 and same.p_value == pytest.approx(1.0) and not same.significant
    tiny = compare(2, 10, 0, 10)
    assert not tiny.enough_data


@pytest.mark.parametrize("args, message", [
    ((1, 0, 1, 10), "audience"),
    ((11, 10, 1, 10), "out of an audience"),
    ((-1, 10, 1, 10), "conversions"),
])
def test_impossible_counts_are_refused(args, message):
    with pytest.raises(UserError, match=message):
        compare(*args)


def test_every_variant_against_the_first():
    a = Variant(label="A", audience=200, conversions=20)
    b = Variant(label="B", audience=200, conversions=26)
    c = Variant(label="C", audience=0, conversions=0)
    [(first, ab), (second, ac)] = compare_to_control([a, b, c])
    assert first is b and ab.difference == pytest.approx(0.03) and not ab.significant
    assert second is c and ac is None
    assert compare_to_control([a]) == []
