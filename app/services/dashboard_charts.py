"""The Dashboard tab's charts, drawn into a matplotlib Figure (no Qt): one function per chart id.

Every chart follows the theme's colours (light or dark), fits a ~560×320 px canvas at 100 dpi and
re-flows when the figure is resized (constrained layout). A chart with nothing to show draws a centred
"No data for this period" and no axes. English strings go through *tr* (the views pass
app.views.dashboard_texts.chart_tr); RFM segment codes go through *segment_label*; tier, pillar and
activity names are the operator's own and are shown as they are.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from app.services.dashboard import Dashboard
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

CHART_IDS = ("dau_mau", "stickiness", "joins", "cohorts", "tiers", "tier_moves", "segments", "pillars",
             "participation", "moderation")
CHART_TITLES = {
    "dau_mau": "Daily and monthly active members",
    "stickiness": "Stickiness (DAU / MAU)",
    "joins": "New members and leavers per week",
    "cohorts": "Retention by join week",
    "tiers": "Members by tier",
    "tier_moves": "Tier moves per month",
    "segments": "RFM segments",
    "pillars": "Content output by pillar vs target",
    "participation": "Activity participation rate",
    "moderation": "Moderation cases by level",
}
# The size the tab's cards start at (the charts scale when the canvas is resized).
FIGURE_SIZE_INCHES = (5.6, 3.2)
FIGURE_DPI = 100

NO_DATA = "No data for this period"
# Positions in ChartTheme.series.
BLUE, ORANGE, GREEN, RED, PURPLE, GOLD = range(6)
LEVEL_COLORS = {"red": RED, "yellow": GOLD, "blue": BLUE}
LEVEL_NAMES = {"red": "Red", "yellow": "Yellow", "blue": "Blue"}

_LIGHT_SERIES = ("#0969da", "#bc4c00", "#1a7f37", "#cf222e", "#8250df", "#bf8700", "#1b7c83", "#bf3989")
_DARK_SERIES = ("#4493f8", "#f0883e", "#3fb950", "#f85149", "#a371f7", "#d29922", "#39c5cf", "#db61a2")

BASE_FONT = 8.5          # points; at 100 dpi the charts stay legible in a 560×320 px card
SMALL_FONT = 7.5
MAX_BAR_LABELS = 16      # more bars than this: no value labels (they would collide)
MAX_ACTIVITIES = 12      # the participation chart shows the latest ones
MAX_HEAT_COLUMNS = 12    # more weeks than this: annotate every n-th column only


def _rgb(color: str) -> tuple[float, float, float]:
    """'#rgb' / '#rrggbb' / '#aarrggbb' (Qt's HexArgb) -> 0..1 floats; other names through matplotlib."""
    text = color.strip()
    if text.startswith("#") and len(text) in (4, 7, 9):
        digits = text[1:]
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        elif len(digits) == 8:
            digits = digits[2:]
        return tuple(int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))
    from matplotlib.colors import to_rgb

    return to_rgb(text)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def _mix(a: str, b: str, amount: float) -> str:
    """*a* moved *amount* (0..1) of the way towards *b*."""
    return _hex(tuple(x + (y - x) * amount for x, y in zip(_rgb(a), _rgb(b))))


def _luminance(color) -> float:
    """Relative luminance (WCAG) of a colour string or an RGB(A) tuple."""
    rgb = _rgb(color) if isinstance(color, str) else tuple(color[:3])
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@dataclass(frozen=True)
class ChartTheme:
    background: str
    foreground: str
    grid: str
    muted: str
    series: tuple[str, ...]

    @classmethod
    def light(cls) -> "ChartTheme":
        return cls("#ffffff", "#1f2328", "#d8dee4", "#59636e", _LIGHT_SERIES)

    @classmethod
    def dark(cls) -> "ChartTheme":
        return cls("#1f2124", "#e6edf3", "#3a4049", "#9ea7b3", _DARK_SERIES)

    @classmethod
    def from_colors(cls, background: str, foreground: str) -> "ChartTheme":
        """A theme for the widget's own colours (e.g. the palette's Window and WindowText)."""
        series = _DARK_SERIES if _luminance(background) < 0.18 else _LIGHT_SERIES
        return cls(_hex(_rgb(background)), _hex(_rgb(foreground)), _mix(background, foreground, 0.16),
                   _mix(background, foreground, 0.62), series)

    @property
    def is_dark(self) -> bool:
        return _luminance(self.background) < 0.18

    def color(self, index: int) -> str:
        return self.series[index % len(self.series)]


def draw_chart(chart_id: str, figure: Figure, data: Dashboard, theme: ChartTheme,
               tr: Callable[[str], str] = lambda s: s,
               segment_label: Callable[[str], str] = lambda s: s) -> None:
    """Clear *figure* and draw chart *chart_id* of *data* in *theme*."""
    if chart_id not in _DRAWERS:
        raise ValueError(f"Unknown chart id: {chart_id!r}")
    from app.services.plotting import configure_matplotlib

    configure_matplotlib()
    figure.clear()
    figure.set_facecolor(theme.background)
    figure.set_layout_engine("constrained")
    chart = _Chart(figure, theme, tr, segment_label)
    if not _DRAWERS[chart_id](chart, data):
        chart.no_data()


class _Chart:
    """What every drawer needs: the figure, the theme, the translators and the shared styling."""

    def __init__(self, figure: Figure, theme: ChartTheme, tr: Callable[[str], str],
                 segment_label: Callable[[str], str]):
        self.figure = figure
        self.theme = theme
        self.tr = tr
        self.segment_label = segment_label

    def no_data(self) -> None:
        self.figure.clear()
        self.figure.set_facecolor(self.theme.background)
        self.figure.text(0.5, 0.5, self.tr(NO_DATA), ha="center", va="center", fontsize=BASE_FONT + 1.5,
                         color=self.theme.muted)

    def axes(self, grid_axis: str | None = "y") -> Axes:
        ax = self.figure.add_subplot()
        self.style(ax, grid_axis)
        return ax

    def style(self, ax: Axes, grid_axis: str | None = "y") -> None:
        theme = self.theme
        ax.set_facecolor(theme.background)
        for side, spine in ax.spines.items():
            spine.set_visible(side in ("left", "bottom"))
            spine.set_color(theme.grid)
        ax.tick_params(colors=theme.grid, labelcolor=theme.muted, labelsize=SMALL_FONT + 0.5, length=3)
        ax.xaxis.label.set_color(theme.muted)
        ax.yaxis.label.set_color(theme.muted)
        ax.xaxis.label.set_fontsize(SMALL_FONT + 0.5)
        ax.yaxis.label.set_fontsize(SMALL_FONT + 0.5)
        ax.set_axisbelow(True)
        if grid_axis:
            ax.grid(axis=grid_axis, color=theme.grid, linewidth=0.6)
            # no grid on the other axis, and the value axis needs no line of its own
            ax.spines["left" if grid_axis == "y" else "bottom"].set_visible(False)
            if grid_axis == "y":
                ax.tick_params(axis="y", length=0)
            else:
                ax.tick_params(axis="x", length=0)

    def legend(self, ax: Axes, handles=None, labels=None) -> None:
        """A legend in one row above the axes, where it never covers data."""
        args = (handles, labels) if handles is not None else ()
        count = len(handles) if handles is not None else len(ax.get_legend_handles_labels()[0])
        legend = ax.legend(*args, loc="lower left", bbox_to_anchor=(0.0, 1.01), ncol=count, frameon=False,
                           borderaxespad=0.0, fontsize=SMALL_FONT + 0.5, handlelength=1.4, columnspacing=1.4,
                           handletextpad=0.5)
        for text in legend.get_texts():
            text.set_color(self.theme.foreground)

    def bar_labels(self, ax: Axes, container, labels: list[str], **kw) -> None:
        for text in ax.bar_label(container, labels=labels, padding=2, fontsize=SMALL_FONT, **kw):
            text.set_color(self.theme.foreground)

    def label_text(self, text: str, limit: int = 16) -> str:
        """*text* cut to about *limit* Latin characters' width (a CJK character counts as two)."""
        if _text_width(text) <= limit:
            return text
        while _text_width(text) > limit - 1:
            text = text[:-1]
        return text + "…"


# --- formatting ---------------------------------------------------------------------------------------------

def _text_width(text: str) -> int:
    """Roughly how wide *text* is in Latin characters: CJK and other wide characters count as two."""
    return sum(2 if ord(ch) >= 0x2e80 else 1 for ch in text)


def _count(value: float) -> str:
    return f"{value:,.0f}"


def _percent(value: float) -> str:
    return f"{value:.0%}"


def _fill(text: str, *values: object) -> str:
    """Qt-style placeholders: '%1', '%2', ... replaced by *values*."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def _count_axis(axis, absolute: bool = False) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: _count(abs(v) if absolute else v)))


def _percent_axis(axis) -> None:
    """Shares 0..1 shown as '45%' (with decimals only when the axis spans a few points)."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    def label(value: float, _pos) -> str:
        low, high = axis.get_view_interval()
        span = abs(high - low)
        decimals = 0 if span >= 0.05 else 1 if span >= 0.005 else 2
        return f"{value * 100:.{decimals}f}%"

    axis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
    axis.set_major_formatter(FuncFormatter(label))


def _date_axis(axis, days: list) -> None:
    """Short day labels ('11-03'); month labels ('2026-11') when the range spans several months."""
    from matplotlib.dates import AutoDateLocator, DateFormatter, MonthLocator

    if (days[-1] - days[0]).days > 150:
        axis.set_major_locator(MonthLocator(bymonth=range(1, 13, 2 if (days[-1] - days[0]).days > 250 else 1)))
        axis.set_major_formatter(DateFormatter("%Y-%m"))
    else:
        axis.set_major_locator(AutoDateLocator(minticks=3, maxticks=7))
        axis.set_major_formatter(DateFormatter("%m-%d"))
    if len(days) == 1:
        axis.set_ticks(days)


def _category_ticks(ax: Axes, labels: list[str], max_labels: int = 10, rotate_after: int = 6) -> None:
    """Labels under bars 0..n-1: every n-th one when there are many, slanted when they are long."""
    step = max(1, math.ceil(len(labels) / max_labels))
    positions = list(range(0, len(labels), step))
    ax.set_xticks(positions, [labels[i] for i in positions])
    # a CJK character is about twice as wide as a Latin one
    width = sum(2 + _text_width(labels[i]) for i in positions)
    if len(positions) > rotate_after or width > 80:
        ax.tick_params(axis="x", labelrotation=30)
        for text in ax.get_xticklabels():
            text.set_horizontalalignment("right")
            text.set_rotation_mode("anchor")


def _min_slots(ax: Axes, count: int, minimum: int = 6) -> None:
    """Keep bars from growing fat when there are only a few: leave room for *minimum* of them."""
    spare = max(0, minimum - count) / 2
    ax.set_xlim(-0.5 - spare, count - 0.5 + spare)


def _min_rows(ax: Axes, count: int, minimum: int = 5) -> None:
    """The same for horizontal bars, listed top to bottom."""
    spare = max(0, minimum - count)
    ax.set_ylim(count - 0.5 + spare, -0.5)


# --- the charts -------------------------------------------------------------------------------------------

def _dau_mau(chart: _Chart, data: Dashboard) -> bool:
    days = data.days
    if not any(p.dau or p.mau for p in days):
        return False
    theme = chart.theme
    ax = chart.axes()
    x = [p.day for p in days]
    marker = dict(marker="o", markersize=3) if len(days) <= 31 else {}
    ax.plot(x, [p.dau for p in days], color=theme.color(BLUE), linewidth=1.8, label=chart.tr("DAU"), **marker)
    ax.plot(x, [p.mau for p in days], color=theme.color(ORANGE), linewidth=1.8, label=chart.tr("MAU"),
            **marker)
    ax.set_ylim(bottom=0)
    _count_axis(ax.yaxis)
    _date_axis(ax.xaxis, x)
    chart.legend(ax)
    return True


def _stickiness(chart: _Chart, data: Dashboard) -> bool:
    days = data.days
    if not any(p.mau for p in days):
        return False
    theme = chart.theme
    ax = chart.axes()
    x = [p.day for p in days]
    y = [p.stickiness for p in days]
    marker = dict(marker="o", markersize=3) if len(days) <= 31 else {}
    ax.plot(x, y, color=theme.color(PURPLE), linewidth=1.8, **marker)
    ax.fill_between(x, y, color=theme.color(PURPLE), alpha=0.14, linewidth=0)
    ax.set_ylim(0, max(max(y) * 1.2, 0.01))
    _percent_axis(ax.yaxis)
    _date_axis(ax.xaxis, x)
    return True


def _diverging_bars(chart: _Chart, labels: list[str], ups: list[int], downs: list[int], up_name: str,
                    down_name: str) -> None:
    """Up counts above the zero line, down counts below it (labels show both as positive)."""
    theme = chart.theme
    ax = chart.axes()
    x = list(range(len(labels)))
    width = 0.62
    up = ax.bar(x, ups, width, color=theme.color(GREEN), label=up_name)
    down = ax.bar(x, [-n for n in downs], width, color=theme.color(RED), label=down_name)
    ax.axhline(0, color=theme.muted, linewidth=0.8)
    top, bottom = max(ups, default=0), max(downs, default=0)
    span = max(top, bottom, 1)
    ax.set_ylim(-max(bottom, span * 0.08) * 1.18, max(top, span * 0.08) * 1.18)
    _count_axis(ax.yaxis, absolute=True)
    if len(labels) <= MAX_BAR_LABELS // 2 + 4:
        chart.bar_labels(ax, up, [_count(n) if n else "" for n in ups])
        chart.bar_labels(ax, down, [_count(n) if n else "" for n in downs])
    _category_ticks(ax, labels, max_labels=8, rotate_after=99)
    _min_slots(ax, len(labels))
    chart.legend(ax)


def _joins(chart: _Chart, data: Dashboard) -> bool:
    weeks = data.weeks
    if not any(w.joined or w.left for w in weeks):
        return False
    _diverging_bars(chart, [f"{w.week:%m-%d}" for w in weeks], [w.joined for w in weeks],
                    [w.left for w in weeks], chart.tr("New members"), chart.tr("Leavers"))
    return True


def _tier_moves(chart: _Chart, data: Dashboard) -> bool:
    months = data.tier_moves
    if not any(m.up or m.down for m in months):
        return False
    _diverging_bars(chart, [m.month for m in months], [m.up for m in months], [m.down for m in months],
                    chart.tr("Promotions"), chart.tr("Demotions"))
    return True


def _cohorts(chart: _Chart, data: Dashboard) -> bool:
    cohorts = [c for c in data.cohorts if c.size and c.retained]
    if not cohorts:
        return False
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap

    theme = chart.theme
    columns = max(len(c.retained) for c in cohorts)
    values = np.ma.masked_invalid(np.array(
        [c.retained + [np.nan] * (columns - len(c.retained)) for c in cohorts], dtype=float))
    accent = theme.color(BLUE)
    if theme.is_dark:
        stops = [_mix(theme.background, accent, 0.12), accent, _mix(accent, "#ffffff", 0.7)]
    else:
        stops = [_mix(theme.background, accent, 0.06), _mix(accent, "#ffffff", 0.35), _mix(accent, "#000000", 0.35)]
    cmap = LinearSegmentedColormap.from_list("retention", stops).with_extremes(bad=theme.background)
    vmax = max(float(values.max()), 0.01)

    ax = chart.axes(grid_axis=None)
    image = ax.imshow(values, cmap=cmap, vmin=0.0, vmax=vmax, aspect="auto", interpolation="nearest")
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.tick_params(length=0)
    ax.set_xlabel(chart.tr("Weeks since join"))
    ax.set_ylabel(chart.tr("Join week (members)"))
    x_step = max(1, math.ceil(columns / MAX_HEAT_COLUMNS))
    ax.set_xticks(range(0, columns, x_step))
    # cell size in pixels, roughly (the axes take the figure less the labels around them)
    width_px, height_px = chart.figure.get_size_inches() * chart.figure.dpi
    cell_h = (height_px - 70) / len(cohorts)
    cell_w = (width_px - 160) / columns * x_step
    y_step = max(1, math.ceil(12 / cell_h))          # a row label needs ~12 px
    rows = range(0, len(cohorts), y_step)
    ax.set_yticks(rows, [f"{cohorts[i].week:%m-%d} ({_count(cohorts[i].size)})" for i in rows])

    # one annotation per cell when they fit; for wide maps every x_step-th column only
    size = min(SMALL_FONT, cell_h * 0.55 * 72 / chart.figure.dpi, cell_w / 3.0 * 72 / chart.figure.dpi)
    if size >= 5.5:
        for row, cohort in enumerate(cohorts):
            for column in range(0, len(cohort.retained), x_step):
                value = cohort.retained[column]
                fill = cmap(value / vmax)
                color = "#1f2328" if _luminance(fill) > 0.4 else "#ffffff"
                ax.text(column, row, _percent(value), ha="center", va="center", fontsize=size, color=color,
                        in_layout=False)            # inside its cell: the layout need not measure it
    bar = chart.figure.colorbar(image, ax=ax, fraction=0.04, pad=0.02, aspect=25)
    bar.outline.set_visible(False)
    bar.ax.tick_params(colors=theme.grid, labelcolor=theme.muted, labelsize=SMALL_FONT, length=2)
    _percent_axis(bar.ax.yaxis)
    return True


def _tiers(chart: _Chart, data: Dashboard) -> bool:
    tiers = data.tiers
    if not any(n for _name, n in tiers):
        return False
    theme = chart.theme
    ax = chart.axes()
    labels = [chart.label_text(name) if name else chart.tr("No tier") for name, _n in tiers]
    counts = [n for _name, n in tiers]
    colors = [theme.color(BLUE) if name else theme.muted for name, _n in tiers]
    bars = ax.bar(range(len(tiers)), counts, 0.62, color=colors)
    total = sum(counts)
    if len(tiers) <= MAX_BAR_LABELS:
        chart.bar_labels(ax, bars, [f"{_count(n)} · {_percent(n / total)}" if len(tiers) <= 6 else _count(n)
                                    for n in counts])
    ax.set_ylim(0, max(counts) * 1.15)
    _count_axis(ax.yaxis)
    _category_ticks(ax, labels, max_labels=16)
    _min_slots(ax, len(labels), 5)
    return True


def _segments(chart: _Chart, data: Dashboard) -> bool:
    segments = data.segments
    if not any(n for _code, n in segments):
        return False
    theme = chart.theme
    ax = chart.axes(grid_axis="x")
    counts = [n for _code, n in segments]
    y = list(range(len(segments)))
    bars = ax.barh(y, counts, 0.66, color=theme.color(BLUE))
    ax.set_yticks(y, [chart.label_text(chart.segment_label(code), 20) for code, _n in segments])
    _min_rows(ax, len(segments))            # the largest segment on top
    total = sum(counts)
    chart.bar_labels(ax, bars, [f"{_count(n)} ({_percent(n / total)})" for n in counts])
    ax.set_xlim(0, max(counts) * 1.28)
    _count_axis(ax.xaxis)
    ax.tick_params(axis="y", labelcolor=theme.foreground)
    return True


def _pillars(chart: _Chart, data: Dashboard) -> bool:
    pillars = data.pillars
    if not any(row.count for _name, row in pillars):
        return False
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    theme = chart.theme
    ax = chart.axes()
    x = list(range(len(pillars)))
    shares = [row.share for _name, row in pillars]
    targets = [row.target for _name, row in pillars]
    width = 0.58
    bars = ax.bar(x, shares, width, color=theme.color(BLUE))
    # the target as a line a little wider than its bar (in data units, so it scales with the figure)
    ax.hlines(targets, [i - width / 2 - 0.06 for i in x], [i + width / 2 + 0.06 for i in x],
              color=theme.foreground, linewidth=2.4, zorder=3)
    if len(pillars) <= MAX_BAR_LABELS:
        chart.bar_labels(ax, bars, [f"{_percent(share)} ({_count(row.count)})" if len(pillars) <= 5
                                    else _percent(share) for share, (_n, row) in zip(shares, pillars)])
    ax.set_ylim(0, max(max(shares), max(targets)) * 1.2 or 1.0)
    _percent_axis(ax.yaxis)
    _category_ticks(ax, [chart.label_text(name) if name else chart.tr("No pillar") for name, _row in pillars],
                    max_labels=16)
    _min_slots(ax, len(pillars), 5)
    chart.legend(ax, [Patch(color=theme.color(BLUE)), Line2D([], [], color=theme.foreground, linewidth=2.4)],
                 [chart.tr("Output share"), chart.tr("Target share")])
    return True


def _participation(chart: _Chart, data: Dashboard) -> bool:
    activities = data.activities
    if not any(a.registered for a in activities):
        return False
    theme = chart.theme
    shown = activities[-MAX_ACTIVITIES:]
    ax = chart.axes(grid_axis="x")
    y = list(range(len(shown)))
    rates = [a.rate or 0.0 for a in shown]
    bars = ax.barh(y, rates, 0.66, color=theme.color(GREEN))
    ax.set_yticks(y, [f"{chart.label_text(a.name, 20)} {a.starts:%m-%d}" for a in shown])
    _min_rows(ax, len(shown))               # in start order, top to bottom
    labels = [f"{_percent(a.rate)} ({a.attended}/{a.registered})" if a.rate is not None
              else chart.tr("no sign-ups") for a in shown]
    chart.bar_labels(ax, bars, labels)
    ax.set_xlim(0, max(1.0, max(rates)) * 1.3)
    _percent_axis(ax.xaxis)
    ax.set_xticks([t for t in (0, 0.25, 0.5, 0.75, 1.0)])
    ax.tick_params(axis="y", labelcolor=theme.foreground, labelsize=SMALL_FONT)
    if len(activities) > len(shown):
        ax.set_xlabel(_fill(chart.tr("Latest %1 of %2 activities"), len(shown), len(activities)))
    return True


def _moderation(chart: _Chart, data: Dashboard) -> bool:
    levels = data.moderation
    if not any(c.opened or c.decided for c in levels):
        return False
    from matplotlib.patches import Patch

    theme = chart.theme
    ax = chart.axes()
    width = 0.36
    x = list(range(len(levels)))
    colors = [theme.color(LEVEL_COLORS.get(c.level, PURPLE)) for c in levels]
    opened = ax.bar([i - width / 2 for i in x], [c.opened for c in levels], width, color=colors)
    decided = ax.bar([i + width / 2 for i in x], [c.decided for c in levels], width, color=colors, alpha=0.45,
                     edgecolor=colors, linewidth=1.0)
    chart.bar_labels(ax, opened, [_count(c.opened) for c in levels])
    chart.bar_labels(ax, decided, [_count(c.decided) for c in levels])
    ax.set_ylim(0, max(max(c.opened, c.decided) for c in levels) * 1.18)
    _count_axis(ax.yaxis)
    breach = chart.tr("SLA breach %1")
    labels = [f"{chart.tr(LEVEL_NAMES[c.level]) if c.level in LEVEL_NAMES else c.level}\n"
              + _fill(breach, _percent(c.breach_rate) if c.breach_rate is not None else "–") for c in levels]
    ax.set_xticks(x, labels)
    ax.tick_params(axis="x", labelcolor=theme.foreground)
    chart.legend(ax, [Patch(color=theme.muted), Patch(facecolor=theme.muted, alpha=0.45, edgecolor=theme.muted)],
                 [chart.tr("Opened"), chart.tr("Decided")])
    return True


_DRAWERS: dict[str, Callable[[_Chart, Dashboard], bool]] = {
    "dau_mau": _dau_mau, "stickiness": _stickiness, "joins": _joins, "cohorts": _cohorts, "tiers": _tiers,
    "tier_moves": _tier_moves, "segments": _segments, "pillars": _pillars, "participation": _participation,
    "moderation": _moderation,
}
