"""Schema migrations, keyed on PRAGMA user_version.

MIGRATIONS[i] takes a database from version i to i + 1. Each is frozen DDL:
once released, a migration never changes; a new need is a new migration.
"""
from __future__ import annotations

import sqlite3
from typing import Callable

# "CDsk" — recognises our files among other SQLite files.
APPLICATION_ID = 0x4344736B

def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute *script* statement by statement inside the caller's transaction.

    (sqlite3's executescript() would COMMIT first, breaking all-or-nothing.)
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]}")


# Columns every row a person can edit carries (DESIGN.md: no silent last-writer-wins).
VERSIONED = """
    created_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
"""

MEMBER_STATUSES = ("active", "silent", "at_risk", "left", "banned")


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    run_script(conn, f"""
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE changes (
            id         INTEGER PRIMARY KEY,
            at         TEXT NOT NULL,
            operator   TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id     INTEGER,
            action     TEXT NOT NULL,
            before     TEXT,
            after      TEXT
        );
        CREATE INDEX changes_by_row ON changes(table_name, row_id);
        CREATE INDEX changes_by_time ON changes(at);
        CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
            BEGIN SELECT RAISE(ABORT, 'the changes log is append-only'); END;
        CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
            BEGIN SELECT RAISE(ABORT, 'the changes log is append-only'); END;

        CREATE TABLE sub_communities (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE,
            description TEXT NOT NULL DEFAULT '',
            {VERSIONED}
        );
        CREATE TABLE members (
            id             INTEGER PRIMARY KEY,
            display_name   TEXT NOT NULL DEFAULT '',
            nickname       TEXT NOT NULL DEFAULT '',
            phone          TEXT,
            wechat_id      TEXT,
            email          TEXT,
            join_date      TEXT,
            source_channel TEXT NOT NULL DEFAULT '',
            status         TEXT NOT NULL DEFAULT 'active'
                           CHECK (status IN {MEMBER_STATUSES!r}),
            notes          TEXT NOT NULL DEFAULT '',
            deleted_at     TEXT,
            {VERSIONED}
        );
        CREATE INDEX members_join_date ON members(join_date);
        CREATE INDEX members_phone ON members(phone) WHERE phone IS NOT NULL;
        CREATE INDEX members_email ON members(email) WHERE email IS NOT NULL;
        CREATE TABLE member_sub_communities (
            member_id        INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            sub_community_id INTEGER NOT NULL REFERENCES sub_communities(id) ON DELETE CASCADE,
            PRIMARY KEY (member_id, sub_community_id)
        ) WITHOUT ROWID;
        CREATE INDEX member_sub_communities_by_group
            ON member_sub_communities(sub_community_id, member_id);
    """)


PLATFORMS = ("wechat", "qq", "telegram", "discord", "forum", "other")
ROLES = ("kol", "koc", "seed", "admin", "moderator")


def _v2(conn: sqlite3.Connection) -> None:
    """The roster: identities, tags, roles, tier, custom fields and the search index."""
    from app.models import search  # tokenising for the backfill; the DDL below is frozen text

    run_script(conn, f"""
        ALTER TABLE members ADD COLUMN tier TEXT NOT NULL DEFAULT '';
        -- The roster shows members that are not deleted; partial indexes let a sorted page
        -- deep in a million rows be read from the index alone.
        CREATE INDEX members_sort_name ON members(display_name, id) WHERE deleted_at IS NULL;
        CREATE INDEX members_sort_nickname ON members(nickname, id) WHERE deleted_at IS NULL;
        CREATE INDEX members_sort_join ON members(join_date, id) WHERE deleted_at IS NULL;
        DROP INDEX members_join_date;
        CREATE INDEX members_sort_status ON members(status, id) WHERE deleted_at IS NULL;
        CREATE INDEX members_sort_tier ON members(tier, id) WHERE deleted_at IS NULL;
        CREATE INDEX members_sort_updated ON members(updated_at, id) WHERE deleted_at IS NULL;
        CREATE INDEX members_wechat ON members(wechat_id) WHERE wechat_id IS NOT NULL;
        CREATE INDEX members_deleted ON members(deleted_at) WHERE deleted_at IS NOT NULL;
        CREATE TABLE member_identities (
            id        INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            platform  TEXT NOT NULL CHECK (platform IN {PLATFORMS!r}),
            handle    TEXT NOT NULL,
            UNIQUE (platform, handle)
        );
        CREATE INDEX member_identities_by_member ON member_identities(member_id);
        CREATE TABLE tags (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE member_tags (
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (member_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX member_tags_by_tag ON member_tags(tag_id, member_id);
        CREATE TABLE member_roles (
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            role      TEXT NOT NULL CHECK (role IN {ROLES!r}),
            PRIMARY KEY (member_id, role)
        ) WITHOUT ROWID;
        CREATE INDEX member_roles_by_role ON member_roles(role, member_id);
        CREATE TABLE member_custom_fields (
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            name      TEXT NOT NULL,
            value     TEXT NOT NULL,
            PRIMARY KEY (member_id, name)
        ) WITHOUT ROWID;
    """)
    conn.execute("CREATE VIRTUAL TABLE member_search USING fts5("
                 "tokens, tokenize = 'ascii', detail = full, columnsize = 0)")
    rows = conn.execute("SELECT id, display_name, nickname, phone, wechat_id, email FROM members")
    search.index_many(conn, ((r[0], r[1:]) for r in rows))


def _v3(conn: sqlite3.Connection) -> None:
    """Activity events imported from chat exports and spreadsheets."""
    run_script(conn, """
        CREATE TABLE event_sources (
            id          INTEGER PRIMARY KEY,
            file_name   TEXT NOT NULL,
            format      TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL,
            events      INTEGER NOT NULL DEFAULT 0
        );
        -- source_key: 64-bit hash of (platform, chat, source id); re-importing the same
        -- export, or an overlapping one, adds nothing twice.
        CREATE TABLE events (
            id          INTEGER PRIMARY KEY,
            member_id   INTEGER NOT NULL REFERENCES members(id),
            ts          TEXT NOT NULL,
            kind        TEXT NOT NULL,
            platform    TEXT NOT NULL,
            amount_fen  INTEGER,
            source      INTEGER NOT NULL REFERENCES event_sources(id),
            source_key  INTEGER NOT NULL UNIQUE,
            text        TEXT
        );
        CREATE INDEX events_by_member ON events(member_id, ts, kind, amount_fen);
        CREATE INDEX events_by_time ON events(ts, kind, member_id);
    """)


POINT_KINDS = ("earned", "spent", "correction")


def _v4(conn: sqlite3.Connection) -> None:
    """The member lifecycle: tier ladder and state, RFM scores, the points bank, churn flags."""
    run_script(conn, f"""
        -- The ladder, lowest position first; rules: JSON object of rule name -> thresholds.
        CREATE TABLE tiers (
            id       INTEGER PRIMARY KEY,
            position INTEGER NOT NULL UNIQUE,
            name     TEXT NOT NULL UNIQUE,
            rules    TEXT NOT NULL DEFAULT '{{}}',
            {VERSIONED}
        );
        CREATE TABLE member_tier_state (
            member_id       INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
            tier            TEXT NOT NULL DEFAULT '',
            since           TEXT,
            demote_on       TEXT,   -- date a pending demotion applies if the rules still fail
            override_tier   TEXT,
            override_reason TEXT,
            override_by     TEXT,
            override_at     TEXT
        );
        CREATE TABLE tier_changes (
            id        INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            from_tier TEXT NOT NULL,
            to_tier   TEXT NOT NULL,
            reason    TEXT NOT NULL,
            at        TEXT NOT NULL,
            by        TEXT NOT NULL
        );
        CREATE INDEX tier_changes_by_member ON tier_changes(member_id, at);
        CREATE TABLE rfm_scores (
            member_id     INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
            recency_days  INTEGER NOT NULL,
            frequency     INTEGER NOT NULL,
            monetary_fen  INTEGER NOT NULL,
            r             INTEGER NOT NULL CHECK (r BETWEEN 1 AND 5),
            f             INTEGER NOT NULL CHECK (f BETWEEN 1 AND 5),
            m             INTEGER NOT NULL CHECK (m BETWEEN 1 AND 5),
            segment       TEXT NOT NULL,
            computed_at   TEXT NOT NULL
        );
        CREATE TABLE points_ledger (
            id        INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            delta     INTEGER NOT NULL CHECK (delta != 0),
            reason    TEXT NOT NULL,
            kind      TEXT NOT NULL CHECK (kind IN {POINT_KINDS!r}),
            at        TEXT NOT NULL,
            by        TEXT NOT NULL,
            event_id  INTEGER UNIQUE REFERENCES events(id)
        );
        -- Covering: a balance is an index range sum.
        CREATE INDEX points_ledger_by_member ON points_ledger(member_id, delta);
        CREATE TRIGGER points_ledger_append_only_update BEFORE UPDATE ON points_ledger
            BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END;
        CREATE TRIGGER points_ledger_append_only_delete BEFORE DELETE ON points_ledger
            BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END;
        CREATE TABLE churn_flags (
            id            INTEGER PRIMARY KEY,
            member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            flagged_at    TEXT NOT NULL,
            reason        TEXT NOT NULL,
            cleared_at    TEXT,
            recall_action TEXT,
            recall_at     TEXT,
            recall_by     TEXT,
            returned      INTEGER CHECK (returned IN (0, 1)),
            returned_at   TEXT
        );
        CREATE INDEX churn_flags_open ON churn_flags(member_id) WHERE cleared_at IS NULL;
        CREATE INDEX churn_flags_recalled ON churn_flags(returned, member_id) WHERE recall_at IS NOT NULL;
    """)


def _v5(conn: sqlite3.Connection) -> None:
    """The 星火计划 KOL cohort: members accepted per month, with the score (and its parts) they had then.
    Also an index for the roster's segment filter and the recompute's members-per-segment count, and
    rfm_scores keeps the last active day instead of recency in days: a row that changes only because
    a day passed is not rewritten (the next recompute fills last_active)."""
    run_script(conn, """
        -- month: 'YYYY-MM'; parts: JSON object of the score's parts, weights and window.
        CREATE TABLE kol_cohort (
            id          INTEGER PRIMARY KEY,
            member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            score       REAL NOT NULL,
            parts       TEXT NOT NULL DEFAULT '{}',
            accepted_at TEXT NOT NULL,
            accepted_by TEXT NOT NULL,
            note        TEXT NOT NULL DEFAULT '',
            UNIQUE (member_id, month)
        );
        CREATE INDEX kol_cohort_by_month ON kol_cohort(month, member_id);
        CREATE INDEX rfm_scores_by_segment ON rfm_scores(segment);
        ALTER TABLE rfm_scores ADD COLUMN last_active TEXT NOT NULL DEFAULT '';
        ALTER TABLE rfm_scores DROP COLUMN recency_days;
    """)


CONTENT_STATUSES = ("idea", "drafting", "review", "scheduled", "published", "reviewed")
HOT_TOPIC_KINDS = ("social", "industry", "product")
HOT_TOPIC_STATUSES = ("open", "responded", "dismissed")


def _v6(conn: sqlite3.Connection) -> None:
    """The content calendar: channels with cadence rules, pillars with target shares, recurring
    series, hot topics, and content items (planned_at NULL: the idea backlog)."""
    run_script(conn, f"""
        -- Cadence: items per ISO week (Monday first) and the longest stretch of empty days allowed.
        CREATE TABLE content_channels (
            id           INTEGER PRIMARY KEY,
            name         TEXT NOT NULL UNIQUE CHECK (trim(name) != ''),
            position     INTEGER NOT NULL DEFAULT 0,
            min_per_week INTEGER CHECK (min_per_week >= 0),
            max_per_week INTEGER CHECK (max_per_week >= 1),
            max_gap_days INTEGER CHECK (max_gap_days >= 1),
            archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            {VERSIONED},
            CHECK (min_per_week IS NULL OR max_per_week IS NULL OR min_per_week <= max_per_week)
        );
        -- key: a built-in pillar (its label is translated while name is ''); target_share 0..1.
        CREATE TABLE content_pillars (
            id           INTEGER PRIMARY KEY,
            key          TEXT UNIQUE,
            name         TEXT NOT NULL DEFAULT '',
            position     INTEGER NOT NULL DEFAULT 0,
            color        TEXT NOT NULL DEFAULT '#888888',
            target_share REAL NOT NULL DEFAULT 0 CHECK (target_share BETWEEN 0 AND 1),
            archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            {VERSIONED},
            CHECK (key IS NOT NULL OR trim(name) != '')
        );
        -- rule: JSON (see app.services.recurrence); the items it created are ordinary rows.
        CREATE TABLE content_series (
            id    INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (trim(title) != ''),
            rule  TEXT NOT NULL,
            {VERSIONED}
        );
        -- relevance, timeliness, spread: 1 (low) .. 5 (high); noted_at: UTC, when the topic was logged.
        CREATE TABLE hot_topics (
            id         INTEGER PRIMARY KEY,
            title      TEXT NOT NULL CHECK (trim(title) != ''),
            kind       TEXT NOT NULL CHECK (kind IN {HOT_TOPIC_KINDS!r}),
            relevance  INTEGER NOT NULL CHECK (relevance BETWEEN 1 AND 5),
            timeliness INTEGER NOT NULL CHECK (timeliness BETWEEN 1 AND 5),
            spread     INTEGER NOT NULL CHECK (spread BETWEEN 1 AND 5),
            noted_at   TEXT NOT NULL,
            notes      TEXT NOT NULL DEFAULT '',
            status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN {HOT_TOPIC_STATUSES!r}),
            deleted_at TEXT,
            {VERSIONED}
        );
        -- uid: stable iCalendar UID. planned_at: UTC text, NULL for the idea backlog.
        CREATE TABLE content_items (
            id               INTEGER PRIMARY KEY,
            uid              TEXT NOT NULL UNIQUE,
            title            TEXT NOT NULL CHECK (trim(title) != ''),
            body             TEXT NOT NULL DEFAULT '',
            channel_id       INTEGER REFERENCES content_channels(id),
            pillar_id        INTEGER REFERENCES content_pillars(id),
            format           TEXT NOT NULL DEFAULT 'post',
            owner            TEXT NOT NULL DEFAULT '',
            sub_community_id INTEGER REFERENCES sub_communities(id) ON DELETE SET NULL,
            planned_at       TEXT,
            duration_minutes INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes > 0),
            status           TEXT NOT NULL DEFAULT 'idea' CHECK (status IN {CONTENT_STATUSES!r}),
            published_at     TEXT,
            reads            INTEGER CHECK (reads >= 0),
            comments         INTEGER CHECK (comments >= 0),
            likes            INTEGER CHECK (likes >= 0),
            shares           INTEGER CHECK (shares >= 0),
            series_id        INTEGER REFERENCES content_series(id) ON DELETE SET NULL,
            hot_topic_id     INTEGER REFERENCES hot_topics(id) ON DELETE SET NULL,
            deleted_at       TEXT,
            {VERSIONED}
        );
        CREATE INDEX content_items_by_time ON content_items(planned_at, id)
            WHERE deleted_at IS NULL AND planned_at IS NOT NULL;
        CREATE INDEX content_items_backlog ON content_items(id)
            WHERE deleted_at IS NULL AND planned_at IS NULL;
        CREATE INDEX content_items_by_channel ON content_items(channel_id, planned_at)
            WHERE deleted_at IS NULL AND planned_at IS NOT NULL;
        CREATE INDEX content_items_by_series ON content_items(series_id) WHERE series_id IS NOT NULL;
        CREATE INDEX content_items_by_topic ON content_items(hot_topic_id) WHERE hot_topic_id IS NOT NULL;

        -- The content pyramid (金字塔内容结构): brand story at the top, professional know-how in the
        -- middle, interaction and UGC at the base.
        INSERT INTO content_pillars (key, position, color, target_share, created_at, updated_at, updated_by)
        VALUES ('brand_story', 1, '#8e5cc8', 0.2, strftime('%Y-%m-%dT%H:%M:%fZ'),
                strftime('%Y-%m-%dT%H:%M:%fZ'), 'system'),
               ('professional', 2, '#2f7ed8', 0.3, strftime('%Y-%m-%dT%H:%M:%fZ'),
                strftime('%Y-%m-%dT%H:%M:%fZ'), 'system'),
               ('interaction_ugc', 3, '#3aa35b', 0.5, strftime('%Y-%m-%dT%H:%M:%fZ'),
                strftime('%Y-%m-%dT%H:%M:%fZ'), 'system');
    """)


ACTIVITY_MODES = ("online", "offline", "hybrid")
ACTIVITY_STATUSES = ("planning", "promoting", "running", "reviewing", "closed")
# 线上预热 – 线下互动 – 线上复盘: warm up, run it, review it.
ACTIVITY_PHASES = ("warm_up", "on_site", "review")
REGISTRATION_STATUSES = ("registered", "attended", "no_show", "cancelled")


def _v7(conn: sqlite3.Connection) -> None:
    """Activities: plan, tasks by phase, A/B variants, registrations and attendance tied to members."""
    run_script(conn, f"""
        -- uid: stable iCalendar UID. starts_at/ends_at: UTC text. Money in integer fen.
        -- invited_tiers: JSON list of tier names the activity was aimed at.
        CREATE TABLE activities (
            id                 INTEGER PRIMARY KEY,
            uid                TEXT NOT NULL UNIQUE,
            name               TEXT NOT NULL CHECK (trim(name) != ''),
            mode               TEXT NOT NULL DEFAULT 'online' CHECK (mode IN {ACTIVITY_MODES!r}),
            format             TEXT NOT NULL DEFAULT 'salon' CHECK (trim(format) != ''),
            sub_community_id   INTEGER REFERENCES sub_communities(id) ON DELETE SET NULL,
            owner              TEXT NOT NULL DEFAULT '',
            starts_at          TEXT NOT NULL,
            ends_at            TEXT NOT NULL,
            place              TEXT NOT NULL DEFAULT '',
            link               TEXT NOT NULL DEFAULT '',
            capacity           INTEGER CHECK (capacity > 0),
            budget_planned_fen INTEGER CHECK (budget_planned_fen >= 0),
            budget_actual_fen  INTEGER CHECK (budget_actual_fen >= 0),
            goal_registrations INTEGER CHECK (goal_registrations >= 0),
            goal_attendance    INTEGER CHECK (goal_attendance >= 0),
            goal_conversions   INTEGER CHECK (goal_conversions >= 0),
            invited_tiers      TEXT NOT NULL DEFAULT '[]',
            status             TEXT NOT NULL DEFAULT 'planning' CHECK (status IN {ACTIVITY_STATUSES!r}),
            review_note        TEXT NOT NULL DEFAULT '',
            deleted_at         TEXT,
            {VERSIONED},
            CHECK (ends_at > starts_at)
        );
        CREATE INDEX activities_by_time ON activities(starts_at, id) WHERE deleted_at IS NULL;
        -- due_date: a local calendar day (YYYY-MM-DD); done_at: UTC text, NULL while open.
        CREATE TABLE activity_tasks (
            id          INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
            phase       TEXT NOT NULL CHECK (phase IN {ACTIVITY_PHASES!r}),
            position    INTEGER NOT NULL DEFAULT 0,
            title       TEXT NOT NULL CHECK (trim(title) != ''),
            owner       TEXT NOT NULL DEFAULT '',
            due_date    TEXT,
            done_at     TEXT,
            {VERSIONED}
        );
        CREATE INDEX activity_tasks_by_activity ON activity_tasks(activity_id, phase, position);
        CREATE INDEX activity_tasks_open ON activity_tasks(due_date) WHERE done_at IS NULL;
        -- An A/B variant: its audience (reached) and how many of them converted.
        CREATE TABLE activity_variants (
            id          INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
            label       TEXT NOT NULL CHECK (trim(label) != ''),
            description TEXT NOT NULL DEFAULT '',
            audience    INTEGER NOT NULL DEFAULT 0 CHECK (audience >= 0),
            conversions INTEGER NOT NULL DEFAULT 0 CHECK (conversions >= 0 AND conversions <= audience),
            position    INTEGER NOT NULL DEFAULT 0,
            {VERSIONED},
            UNIQUE (activity_id, label)
        );
        -- One row per member and activity (registering twice is once). A walk-in attended unregistered.
        -- Attended and no-show rows write one events row each (kind attendance / no_show).
        CREATE TABLE activity_registrations (
            id            INTEGER PRIMARY KEY,
            activity_id   INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
            member_id     INTEGER NOT NULL REFERENCES members(id),
            status        TEXT NOT NULL DEFAULT 'registered' CHECK (status IN {REGISTRATION_STATUSES!r}),
            walk_in       INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
            converted     INTEGER NOT NULL DEFAULT 0 CHECK (converted IN (0, 1)),
            source        TEXT NOT NULL DEFAULT 'manual',
            registered_at TEXT NOT NULL,
            checked_in_at TEXT,
            {VERSIONED},
            UNIQUE (activity_id, member_id)
        );
        CREATE INDEX activity_registrations_by_member ON activity_registrations(member_id, activity_id);
        -- Each member's attendance in member order: who is a first-time attendee, in one index scan.
        CREATE INDEX activity_attendance_by_member ON activity_registrations(member_id, activity_id)
            WHERE status = 'attended';
    """)


ALERT_LEVELS = ("red", "yellow", "blue")          # most urgent first
CASE_SOURCES = ("report", "word_hit", "observation")
CASE_STATUSES = ("new", "in_review", "resolved", "dismissed", "appealed", "upheld", "overturned")
CASE_ACTIONS = ("none", "warning", "delete_message", "mute", "remove", "ban")
DECISION_KINDS = ("decision", "dismissal", "appeal", "upheld", "overturned")


def _v8(conn: sqlite3.Connection) -> None:
    """Moderation: sensitive words and the allow-list, community rules, cases and their decisions."""
    run_script(conn, f"""
        -- norm: the word as the matcher sees it (NFKC, casefolded, separators removed); one row per form.
        CREATE TABLE moderation_words (
            id       INTEGER PRIMARY KEY,
            word     TEXT NOT NULL CHECK (trim(word) != ''),
            norm     TEXT NOT NULL UNIQUE CHECK (norm != ''),
            level    TEXT NOT NULL CHECK (level IN {ALERT_LEVELS!r}),
            category TEXT NOT NULL CHECK (trim(category) != ''),
            {VERSIONED}
        );
        -- Allowed phrases: a word hit inside one of these is a false positive.
        CREATE TABLE moderation_allowed (
            id     INTEGER PRIMARY KEY,
            phrase TEXT NOT NULL CHECK (trim(phrase) != ''),
            norm   TEXT NOT NULL UNIQUE CHECK (norm != ''),
            {VERSIONED}
        );
        -- The community rules (社区公约) a case can cite.
        CREATE TABLE moderation_rules (
            id          INTEGER PRIMARY KEY,
            code        TEXT NOT NULL UNIQUE CHECK (trim(code) != ''),
            title       TEXT NOT NULL CHECK (trim(title) != ''),
            description TEXT NOT NULL DEFAULT '',
            {VERSIONED}
        );
        -- A case: opened_at starts the SLA clock (due_at, restarted by an appeal); decided_at and
        -- sla_breached are set by the first decision. hits: JSON [[word, level, category, start, end]].
        -- credit_delta: what the case currently moves the member's credit score by.
        CREATE TABLE moderation_cases (
            id           INTEGER PRIMARY KEY,
            source       TEXT NOT NULL CHECK (source IN {CASE_SOURCES!r}),
            event_id     INTEGER UNIQUE REFERENCES events(id),
            excerpt      TEXT NOT NULL DEFAULT '',
            message_at   TEXT,
            platform     TEXT NOT NULL DEFAULT '',
            member_id    INTEGER NOT NULL REFERENCES members(id),
            reporter_id  INTEGER REFERENCES members(id),
            reporter     TEXT NOT NULL DEFAULT '',
            category     TEXT NOT NULL CHECK (trim(category) != ''),
            level        TEXT NOT NULL CHECK (level IN {ALERT_LEVELS!r}),
            rule_id      INTEGER REFERENCES moderation_rules(id) ON DELETE SET NULL,
            assignee     TEXT NOT NULL DEFAULT '',
            status       TEXT NOT NULL DEFAULT 'new' CHECK (status IN {CASE_STATUSES!r}),
            hits         TEXT NOT NULL DEFAULT '[]',
            opened_at    TEXT NOT NULL,
            due_at       TEXT NOT NULL,
            decided_at   TEXT,
            decided_by   TEXT,
            sla_breached INTEGER CHECK (sla_breached IN (0, 1)),
            action       TEXT CHECK (action IN {CASE_ACTIONS!r}),
            mute_days    INTEGER CHECK (mute_days > 0),
            note         TEXT NOT NULL DEFAULT '',
            credit_delta INTEGER NOT NULL DEFAULT 0,
            {VERSIONED}
        );
        CREATE INDEX moderation_cases_queue ON moderation_cases(status, level, due_at);
        CREATE INDEX moderation_cases_by_member ON moderation_cases(member_id, opened_at);
        CREATE INDEX moderation_cases_by_opened ON moderation_cases(opened_at);
        CREATE INDEX moderation_cases_by_decided ON moderation_cases(decided_at) WHERE decided_at IS NOT NULL;
        -- Every decision, dismissal, appeal and appeal outcome, in order (the moderation log). Append-only.
        CREATE TABLE moderation_decisions (
            id            INTEGER PRIMARY KEY,
            case_id       INTEGER NOT NULL REFERENCES moderation_cases(id),
            kind          TEXT NOT NULL CHECK (kind IN {DECISION_KINDS!r}),
            action        TEXT CHECK (action IN {CASE_ACTIONS!r}),
            mute_days     INTEGER,
            note          TEXT NOT NULL DEFAULT '',
            credit_delta  INTEGER NOT NULL DEFAULT 0,
            member_status TEXT,   -- the member's status before a ban/removal, restored if overturned
            at            TEXT NOT NULL,
            by            TEXT NOT NULL
        );
        CREATE INDEX moderation_decisions_by_case ON moderation_decisions(case_id, id);
        CREATE INDEX moderation_decisions_by_time ON moderation_decisions(at);
        CREATE TRIGGER moderation_decisions_append_only_update BEFORE UPDATE ON moderation_decisions
            BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END;
        CREATE TRIGGER moderation_decisions_append_only_delete BEFORE DELETE ON moderation_decisions
            BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END;
    """)


def _v9(conn: sqlite3.Connection) -> None:
    """When a member left: members.left_at (UTC text), set by a trigger whenever status becomes 'left'
    (from the row's updated_at, which every app write stamps with the operator's clock) and cleared when
    it changes back. Members who had left before are dated from their last 'leave' event or the changes
    log; without either, left_at stays NULL (date unknown: off the roster in every period)."""
    run_script(conn, """
        ALTER TABLE members ADD COLUMN left_at TEXT;
        UPDATE members SET left_at = coalesce(
            (SELECT max(e.ts) FROM events e WHERE e.member_id = members.id AND e.kind = 'leave'),
            (SELECT max(c.at) FROM changes c WHERE c.table_name = 'members' AND c.row_id = members.id
               AND json_valid(c.after) AND json_extract(c.after, '$.status') = 'left'))
        WHERE status = 'left';
        CREATE INDEX members_left_at ON members(left_at) WHERE left_at IS NOT NULL;
        CREATE TRIGGER members_left_at_set AFTER UPDATE OF status ON members
            WHEN NEW.status = 'left' AND OLD.status != 'left' AND NEW.left_at IS OLD.left_at
            BEGIN UPDATE members SET left_at = coalesce(NEW.updated_at, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                  WHERE id = NEW.id; END;
        CREATE TRIGGER members_left_at_clear AFTER UPDATE OF status ON members
            WHEN NEW.status != 'left' AND NEW.left_at IS NOT NULL
            BEGIN UPDATE members SET left_at = NULL WHERE id = NEW.id; END;
    """)


def _v10(conn: sqlite3.Connection) -> None:
    """Who has the file open: one row per running app, kept fresh by a heartbeat (`beat` counts up, so
    teammates judge liveness by their own clock, never by comparing machines' clocks); `activity` names a
    long write in progress. The History view filters the changes log by person."""
    run_script(conn, """
        CREATE TABLE sessions (
            token       TEXT PRIMARY KEY,
            operator    TEXT NOT NULL,
            host        TEXT NOT NULL,
            pid         INTEGER NOT NULL,
            app_version TEXT NOT NULL,
            started_at  TEXT NOT NULL,
            seen_at     TEXT NOT NULL,
            beat        INTEGER NOT NULL DEFAULT 0,
            activity    TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX changes_by_operator ON changes(operator, at);
    """)


def _v11(conn: sqlite3.Connection) -> None:
    """Indexes for what the GUI reads at a million members (tests/unit/test_query_plans.py checks the
    plans): the dashboard's tier moves by month (first placements, most of tier_changes, are not moves
    and stay out) and its interaction rate (items with results, by when they came out); the filter
    combos' content owners, moderation categories and assignees (one seek per value, not a scan)."""
    run_script(conn, """
        CREATE INDEX tier_changes_moves ON tier_changes(at) WHERE from_tier != '';
        CREATE INDEX content_items_with_results ON content_items(coalesce(published_at, planned_at))
            WHERE deleted_at IS NULL AND reads > 0;
        CREATE INDEX content_items_by_owner ON content_items(owner) WHERE deleted_at IS NULL;
        CREATE INDEX moderation_cases_by_category ON moderation_cases(category);
        CREATE INDEX moderation_cases_by_assignee ON moderation_cases(assignee);
    """)


Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10, _v11]
SCHEMA_VERSION = len(MIGRATIONS)
