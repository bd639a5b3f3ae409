"""The Dashboard charts: every chart draws filled and empty data in light and dark themes, shows the
values it was given, follows the theme, saves as PNG and renders Chinese with the bundled CJK face."""
from __future__ import annotations

import warnings
from datetime import date, timedelta, timezone

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from app.resources import CJK_FONT_FAMILY, CJK_FONT_FILE
from app.services.content_rules import MixRow
from app.services.dashboard import (ActivityRate, Cohort, Dashboard, DayPoint, LevelCases, Scope, TierMonth,
                                    WeekFlow)
from app.services.dashboard_charts import (CHART_IDS, CHART_TITLES, GREEN, RED, ChartTheme, NO_DATA,
                                           MAX_ACTIVITIES, draw_chart)

START = date(2026, 11, 1)
THEMES = {"light": ChartTheme.light(), "dark": ChartTheme.dark()}


def filled_dashboard(days: int = 30) -> Dashboard:
    scope = Scope(START, START + timedelta(days=days - 1), timezone.utc)
    points = [DayPoint(START + timedelta(days=i), 100 + (i * 37) % 50, 1200 + 10 * i) for i in range(days)]
    weeks = [WeekFlow(date(2026, 10, 26) + timedelta(weeks=w), 40 + 7 * w, 3 + w) for w in range(5)]
    cohorts = [Cohort(date(2026, 10, 26), 120, [0.9, 0.5, 0.42, 0.3, 0.25]),
               Cohort(date(2026, 11, 2), 80, [0.85, 0.45, 0.4, 0.33]),
               Cohort(date(2026, 11, 9), 95, [0.8, 0.52, 0.38]),
               Cohort(date(2026, 11, 16), 60, [0.75, 0.4]),
               Cohort(date(2026, 11, 23), 1500, [0.7])]
    return Dashboard(
        scope=scope, figures={}, previous={}, days=points, weeks=weeks, cohorts=cohorts,
        tiers=[("", 512), ("基础群", 12040), ("进阶群", 4032), ("核心群", 812)],
        tier_moves=[TierMonth("2026-10", 30, 5), TierMonth("2026-11", 41, 12)],
        segments=[("loyal", 5400), ("potential", 4200), ("champions", 2100), ("lost", 300)],
        pillars=[("品牌故事", MixRow(1, 40, 0.4, 0.3)), ("专业干货", MixRow(2, 35, 0.35, 0.4)),
                 ("互动UGC", MixRow(3, 20, 0.2, 0.3)), ("", MixRow(None, 5, 0.05, 0.0))],
        activities=[ActivityRate(1, "周末晨跑", START + timedelta(days=3), 40, 30),
                    ActivityRate(2, "新手瑜伽课", START + timedelta(days=10), 0, 0),
                    ActivityRate(3, "直播答疑", START + timedelta(days=17), 200, 50)],
        moderation=[LevelCases("red", 12, 10, 0.25), LevelCases("yellow", 140, 120, 0.08),
                    LevelCases("blue", 530, 498, None)],
    )


def empty_dashboard() -> Dashboard:
    return Dashboard(Scope(START, START + timedelta(days=29), timezone.utc), {}, {})


def drawn(chart_id: str, data: Dashboard, theme: ChartTheme | None = None, **kw) -> Figure:
    figure = Figure(figsize=(5.6, 3.2), dpi=100)
    FigureCanvasAgg(figure)
    with warnings.catch_warnings():
        warnings.simplefilter("error")      # a missing glyph, a layout failure or a deprecation would warn
        draw_chart(chart_id, figure, data, theme or ChartTheme.light(), **kw)
        figure.canvas.draw()
    return figure


def texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(matplotlib.text.Text) if t.get_text()]


def only_axes(figure: Figure):
    main = [ax for ax in figure.axes if ax.get_label() != "<colorbar>"]
    assert len(main) == 1
    return main[0]


@pytest.mark.parametrize("theme_name", THEMES)
@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_every_chart_draws_filled_data_with_axes_in_the_theme(chart_id, theme_name):
    theme = THEMES[theme_name]
    figure = drawn(chart_id, filled_dashboard(), theme)
    ax = only_axes(figure)
    assert to_hex(figure.get_facecolor()) == theme.background
    assert to_hex(ax.get_facecolor()) == theme.background
    assert NO_DATA not in texts(figure)
    labels = [t for t in ax.get_xticklabels() + ax.get_yticklabels() if t.get_text()]
    assert labels and all(to_hex(t.get_color()) in (theme.muted, theme.foreground) for t in labels)
    assert figure.get_layout_engine() is not None     # re-flows when the canvas is resized


@pytest.mark.parametrize("theme_name", THEMES)
@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_empty_data_draws_a_centred_no_data_text_and_no_axes(chart_id, theme_name):
    theme = THEMES[theme_name]
    figure = drawn(chart_id, empty_dashboard(), theme, tr=lambda s: f"«{s}»")
    assert figure.axes == []
    [text] = figure.texts
    assert text.get_text() == f"«{NO_DATA}»"
    assert text.get_position() == (0.5, 0.5) and text.get_ha() == "center" and text.get_va() == "center"
    assert to_hex(text.get_color()) == theme.muted
    assert to_hex(figure.get_facecolor()) == theme.background


def test_all_zero_series_count_as_no_data():
    data = filled_dashboard()
    data.days = [DayPoint(p.day, 0, 0) for p in data.days]
    data.weeks = [WeekFlow(w.week, 0, 0) for w in data.weeks]
    data.moderation = [LevelCases(c.level, 0, 0, None) for c in data.moderation]
    for chart_id in ("dau_mau", "stickiness", "joins", "moderation"):
        figure = drawn(chart_id, data)
        assert figure.axes == [] and texts(figure) == [NO_DATA]


def test_redrawing_replaces_the_previous_chart():
    figure = Figure(figsize=(5.6, 3.2), dpi=100)
    FigureCanvasAgg(figure)
    draw_chart("tiers", figure, filled_dashboard(), ChartTheme.light())
    draw_chart("tiers", figure, filled_dashboard(), ChartTheme.dark())
    assert len(figure.axes) == 1
    draw_chart("tiers", figure, empty_dashboard(), ChartTheme.dark())
    assert figure.axes == [] and len(figure.texts) == 1


def test_dau_mau_has_two_lines_with_the_daily_values():
    data = filled_dashboard()
    ax = only_axes(drawn("dau_mau", data, tr=str.upper))
    dau, mau = ax.get_lines()
    assert list(dau.get_ydata()) == [p.dau for p in data.days]
    assert list(mau.get_ydata()) == [p.mau for p in data.days]
    assert dau.get_color() != mau.get_color()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["DAU", "MAU"]
    assert ax.get_ylim()[0] == 0
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert labels and all(len(label) == 5 and label[2] == "-" for label in labels)      # e.g. "11-08"
    assert all(label.startswith(("11-", "12-")) for label in labels)


def test_counts_get_thousands_separators_and_long_ranges_month_labels():
    data = filled_dashboard(days=200)
    data.days = [DayPoint(p.day, 2000 + i, 15000 + i) for i, p in enumerate(data.days)]
    ax = only_axes(drawn("dau_mau", data))
    y_labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert "12,000" in y_labels and all(len(label) <= 1 or "," in label for label in y_labels)
    x_labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "2027-01" in x_labels and all(len(label) == 7 for label in x_labels)


def test_stickiness_line_is_dau_over_mau_with_percent_ticks():
    data = filled_dashboard()
    ax = only_axes(drawn("stickiness", data))
    [line] = ax.get_lines()
    assert np.allclose(line.get_ydata(), [p.dau / p.mau for p in data.days])
    y_labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert "0%" in y_labels and all(label.endswith("%") and "." not in label for label in y_labels)


def test_joins_bars_go_up_for_new_members_and_down_for_leavers():
    data = filled_dashboard()
    theme = ChartTheme.dark()
    ax = only_axes(drawn("joins", data, theme))
    up, down = ax.containers
    assert [b.get_height() for b in up] == [w.joined for w in data.weeks]
    assert [b.get_height() for b in down] == [-w.left for w in data.weeks]
    assert to_hex(up[0].get_facecolor()) == theme.series[GREEN]
    assert to_hex(down[0].get_facecolor()) == theme.series[RED]
    assert [t.get_text() for t in ax.get_xticklabels()] == [f"{w.week:%m-%d}" for w in data.weeks]
    # the legend sits above the axes, off the bars
    figure = ax.figure
    renderer = figure.canvas.get_renderer()
    assert ax.get_legend().get_window_extent(renderer).y0 >= ax.get_window_extent(renderer).y1 - 1
    # leavers are labelled as positive counts
    assert all(not t.get_text().startswith("-") for t in ax.get_yticklabels())


def test_cohort_heat_map_holds_the_retained_shares_with_percent_in_cells():
    data = filled_dashboard()
    ax = only_axes(drawn("cohorts", data))
    [image] = ax.images
    values = image.get_array()
    expected = [c.retained + [None] * (5 - len(c.retained)) for c in data.cohorts]
    assert values.shape == (5, 5)
    for row, wanted in enumerate(expected):
        for column, value in enumerate(wanted):
            if value is None:
                assert values.mask[row, column]
            else:
                assert not np.ma.getmaskarray(values)[row, column] and values[row, column] == pytest.approx(value)
    cell_texts = [t.get_text() for t in ax.texts]
    assert "90%" in cell_texts and "25%" in cell_texts and len(cell_texts) == 15
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "11-23 (1,500)"
    # dark text on light cells, light text on dark cells
    colors = {to_hex(t.get_color()) for t in ax.texts}
    assert colors == {"#ffffff", "#1f2328"}


def test_wide_cohort_heat_map_annotates_fewer_columns():
    data = filled_dashboard()
    data.cohorts = [Cohort(date(2026, 1, 5) + timedelta(weeks=w), 100, [0.5] * (20 - w)) for w in range(4)]
    ax = only_axes(drawn("cohorts", data))
    columns = {round(t.get_position()[0]) for t in ax.texts}
    assert columns and len(columns) <= 12 and 1 not in columns


def test_tiers_in_ladder_order_with_raw_names_and_a_translated_no_tier():
    data = filled_dashboard()
    ax = only_axes(drawn("tiers", data, tr=lambda s: "无等级" if s == "No tier" else s))
    [bars] = ax.containers
    assert [b.get_height() for b in bars] == [512, 12040, 4032, 812]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["无等级", "基础群", "进阶群", "核心群"]
    assert "12,040 · 69%" in texts(ax.figure)


def test_chinese_tier_names_render_with_the_bundled_cjk_face():
    from matplotlib import font_manager

    ax = only_axes(drawn("tiers", filled_dashboard()))
    [label] = [t for t in ax.get_xticklabels() if t.get_text() == "核心群"]
    assert CJK_FONT_FAMILY in matplotlib.rcParams["font.sans-serif"]
    assert font_manager.findfont(label.get_fontproperties()).endswith(CJK_FONT_FILE[-1])
    assert font_manager.FontProperties(fname=font_manager.findfont(label.get_fontproperties())).get_name() \
        == CJK_FONT_FAMILY


def test_segments_largest_on_top_through_segment_label():
    data = filled_dashboard()
    ax = only_axes(drawn("segments", data, segment_label=lambda code: code.title() + "!"))
    [bars] = ax.containers
    assert [b.get_width() for b in bars] == [5400, 4200, 2100, 300]
    top_first = sorted(zip(bars, ax.get_yticklabels()), key=lambda pair: -pair[0].get_y())
    assert [t.get_text() for _b, t in top_first][::-1] == ["Loyal!", "Potential!", "Champions!", "Lost!"]
    assert bars[0].get_y() < bars[1].get_y() and ax.yaxis_inverted()
    assert "5,400 (45%)" in texts(ax.figure)


def test_pillars_show_output_share_bars_and_target_lines():
    data = filled_dashboard()
    ax = only_axes(drawn("pillars", data, tr=lambda s: "无支柱" if s == "No pillar" else s))
    [bars] = ax.containers
    assert [b.get_height() for b in bars] == [0.4, 0.35, 0.2, 0.05]
    [targets] = ax.collections
    assert [segment[0][1] for segment in targets.get_segments()] == [0.3, 0.4, 0.3, 0.0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["品牌故事", "专业干货", "互动UGC", "无支柱"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Output share", "Target share"]
    assert "40% (40)" in texts(ax.figure)


def test_participation_rates_per_activity_in_start_order():
    data = filled_dashboard()
    ax = only_axes(drawn("participation", data))
    [bars] = ax.containers
    assert [b.get_width() for b in bars] == [0.75, 0.0, 0.25]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["周末晨跑 11-04", "新手瑜伽课 11-11", "直播答疑 11-18"]
    assert {"75% (30/40)", "no sign-ups", "25% (50/200)"} <= set(texts(ax.figure))
    assert ax.get_xlabel() == ""


def test_participation_shows_the_latest_activities_when_there_are_many():
    data = filled_dashboard()
    data.activities = [ActivityRate(i, f"活动{i}", START + timedelta(days=i), 10, i % 10) for i in range(20)]
    ax = only_axes(drawn("participation", data))
    [bars] = ax.containers
    assert len(bars) == MAX_ACTIVITIES
    assert ax.get_yticklabels()[0].get_text().startswith(f"活动{20 - MAX_ACTIVITIES} ")
    assert ax.get_xlabel() == f"Latest {MAX_ACTIVITIES} of 20 activities"


def test_moderation_bars_per_level_in_level_colours_with_breach_rates():
    data = filled_dashboard()
    theme = ChartTheme.light()
    names = {"Red": "红", "Yellow": "黄", "Blue": "蓝", "SLA breach %1": "超时 %1"}
    ax = only_axes(drawn("moderation", data, theme, tr=lambda s: names.get(s, s)))
    opened, decided = ax.containers
    assert [b.get_height() for b in opened] == [12, 140, 530]
    assert [b.get_height() for b in decided] == [10, 120, 498]
    assert [to_hex(b.get_facecolor()) for b in opened] == [theme.series[RED], theme.series[5], theme.series[0]]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["红\n超时 25%", "黄\n超时 8%", "蓝\n超时 –"]


def test_tier_moves_per_month():
    data = filled_dashboard()
    ax = only_axes(drawn("tier_moves", data))
    up, down = ax.containers
    assert [b.get_height() for b in up] == [30, 41] and [b.get_height() for b in down] == [-5, -12]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2026-10", "2026-11"]


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_savefig_writes_a_png(chart_id, tmp_path):
    theme = ChartTheme.dark()
    figure = drawn(chart_id, filled_dashboard(), theme)
    path = tmp_path / f"{chart_id}.png"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure.savefig(path, dpi=150, facecolor=theme.background)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (840, 480)


def test_theme_from_widget_colours_picks_series_by_background_lightness():
    dark = ChartTheme.from_colors("#353535", "#ffffff")
    light = ChartTheme.from_colors("#f0f0f0", "#000000")
    assert dark.series == ChartTheme.dark().series and light.series == ChartTheme.light().series
    assert (dark.background, dark.foreground) == ("#353535", "#ffffff")
    assert ChartTheme.from_colors("#ff202020", "#eee").background == "#202020"      # Qt's #AARRGGBB
    # grid and muted lie between background and foreground, the muted text closer to the foreground
    def brightness(color: str) -> float:
        return sum(matplotlib.colors.to_rgb(color))

    assert brightness(dark.background) < brightness(dark.grid) < brightness(dark.muted) < brightness("#ffffff")
    assert brightness(light.background) > brightness(light.grid) > brightness(light.muted) > 0
    assert ChartTheme.from_colors("white", "black").series == ChartTheme.light().series


def test_unknown_chart_id_is_refused():
    with pytest.raises(ValueError):
        draw_chart("pie", Figure(), filled_dashboard(), ChartTheme.light())


def test_chart_texts_list_every_string_the_charts_translate():
    from app.views.dashboard_texts import CHART_STRINGS, chart_title

    used: set[str] = set()

    def tr(text: str) -> str:
        used.add(text)
        return text

    many = filled_dashboard()
    many.activities = [ActivityRate(i, "活动", START, 10, 5) for i in range(MAX_ACTIVITIES + 1)]
    for data in (filled_dashboard(), many, empty_dashboard()):
        for chart_id in CHART_IDS:
            drawn(chart_id, data, tr=tr)
    assert "Latest %1 of %2 activities" in used and "No data for this period" in used
    assert used <= set(CHART_STRINGS)
    assert set(CHART_TITLES.values()) <= set(CHART_STRINGS)
    assert len(CHART_STRINGS) == len(set(CHART_STRINGS)) == len(used | set(CHART_TITLES.values()))
    assert chart_title("dau_mau") == CHART_TITLES["dau_mau"]
