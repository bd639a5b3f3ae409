"""Translations for the Dashboard charts (app.services.dashboard_charts draws them without Qt and takes
a translate function): chart_tr for the views to pass in, chart_title for the card titles."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.dashboard_charts import CHART_TITLES

CONTEXT = "DashboardCharts"

# Every English string the charts pass through tr (and the chart titles), listed once so lupdate finds them.
CHART_STRINGS = (
    # titles (CHART_TITLES)
    QT_TRANSLATE_NOOP("DashboardCharts", "Daily and monthly active members"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Stickiness (DAU / MAU)"),
    QT_TRANSLATE_NOOP("DashboardCharts", "New members and leavers per week"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Retention by join week"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Members by tier"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Tier moves per month"),
    QT_TRANSLATE_NOOP("DashboardCharts", "RFM segments"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Content output by pillar vs target"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Activity participation rate"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Moderation cases by level"),
    # inside the charts
    QT_TRANSLATE_NOOP("DashboardCharts", "No data for this period"),
    QT_TRANSLATE_NOOP("DashboardCharts", "DAU"),
    QT_TRANSLATE_NOOP("DashboardCharts", "MAU"),
    QT_TRANSLATE_NOOP("DashboardCharts", "New members"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Leavers"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Promotions"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Demotions"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Weeks since join"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Join week (members)"),
    QT_TRANSLATE_NOOP("DashboardCharts", "No tier"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Output share"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Target share"),
    QT_TRANSLATE_NOOP("DashboardCharts", "No pillar"),
    QT_TRANSLATE_NOOP("DashboardCharts", "no sign-ups"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Latest %1 of %2 activities"),
    QT_TRANSLATE_NOOP("DashboardCharts", "SLA breach %1"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Opened"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Decided"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Red"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Yellow"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Blue"),
)


def chart_tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def chart_title(chart_id: str) -> str:
    return chart_tr(CHART_TITLES[chart_id])
