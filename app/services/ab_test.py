"""A/B variants compared the textbook way: two proportions, a difference, its interval and a test.

For variant a (a_conversions out of a_audience) against variant b:
- rates p_a = a_conversions / a_audience, p_b likewise; difference = p_a - p_b;
- the confidence interval is Wald's (unpooled): difference ± z · sqrt(p_a(1-p_a)/n_a + p_b(1-p_b)/n_b),
  with z the two-sided normal quantile of *confidence* (1.96 for 95%) from statistics.NormalDist;
- the p-value is the two-sided pooled z-test of "both rates are equal": with the pooled rate
  p = (a_conversions + b_conversions) / (n_a + n_b), z = difference / sqrt(p(1-p)(1/n_a + 1/n_b));
  when every person converted or nobody did, the rates are equal and the p-value is 1;
- significant means p-value < 1 - confidence. Not significant: the difference may well be chance.

An audience of 0 or more conversions than audience is refused (UserError). The normal approximation
wants roughly ten conversions and ten non-conversions per variant; smaller counts are computed all
the same, and `enough_data` says whether that rule of thumb holds.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist
from typing import Sequence

from app.models.activities import Variant
from app.models.errors import UserError

RULE_OF_THUMB = 10          # successes and failures per group the normal approximation wants
_NORMAL = NormalDist()


@dataclass(frozen=True)
class Comparison:
    rate_a: float
    rate_b: float
    difference: float        # rate_a - rate_b
    low: float               # the confidence interval of the difference
    high: float
    z: float                 # pooled test statistic (0 when the rates cannot differ)
    p_value: float           # two-sided
    confidence: float
    significant: bool
    enough_data: bool        # ≥ 10 conversions and ≥ 10 non-conversions in each variant


def _check_counts(name: str, conversions: int, audience: int) -> None:
    for value in (conversions, audience):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise UserError("variant %1: audience and conversions are whole numbers of at least 0 (got %2)",
                            name, repr(value))
    if audience == 0:
        raise UserError("variant %1 has no audience yet: record how many people it reached first", name)
    if conversions > audience:
        raise UserError("variant %1: %2 conversions out of an audience of %3", name, conversions, audience)


def compare(a_conversions: int, a_audience: int, b_conversions: int, b_audience: int,
            confidence: float = 0.95, *, names: tuple[str, str] = ("A", "B")) -> Comparison:
    """Variant a against variant b (see the module notes for the formulas); *names* label them in errors."""
    if not 0 < confidence < 1:
        raise UserError("a confidence level is between 0 and 1, such as 0.95 (got %1)", repr(confidence))
    _check_counts(names[0], a_conversions, a_audience)
    _check_counts(names[1], b_conversions, b_audience)
    rate_a, rate_b = a_conversions / a_audience, b_conversions / b_audience
    difference = rate_a - rate_b
    quantile = _NORMAL.inv_cdf(1 - (1 - confidence) / 2)
    margin = quantile * math.sqrt(rate_a * (1 - rate_a) / a_audience + rate_b * (1 - rate_b) / b_audience)
    pooled = (a_conversions + b_conversions) / (a_audience + b_audience)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / a_audience + 1 / b_audience))
    z = difference / spread if spread > 0 else 0.0
    p_value = min(1.0, 2 * _NORMAL.cdf(-abs(z)))
    enough = all(min(c, n - c) >= RULE_OF_THUMB
                 for c, n in ((a_conversions, a_audience), (b_conversions, b_audience)))
    return Comparison(rate_a, rate_b, difference, difference - margin, difference + margin, z, p_value,
                      confidence, p_value < 1 - confidence, enough)


def compare_to_control(variants: Sequence[Variant], confidence: float = 0.95
                       ) -> list[tuple[Variant, Comparison | None]]:
    """Every variant after the first (the control) compared with the control, in order:
    (variant, comparison), the comparison None while either of the two has no audience."""
    if not variants:
        return []
    control, out = variants[0], []
    for variant in variants[1:]:
        if not variant.audience or not control.audience:
            out.append((variant, None))
            continue
        out.append((variant, compare(variant.conversions, variant.audience, control.conversions, control.audience,
                                     confidence, names=(variant.label, control.label))))
    return out
