"""The demo community: 燃跑 · 运动生活社群, a Chinese running and fitness brand community.

Later features add their own demo data (activity, content, events) on top of the roster.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from app.models.database import Database
from app.models import search
from app.models.errors import UserError
from app.services import names
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress

COMMUNITY_NAME = "燃跑 · 运动生活社群"

# (name, description, share of members who join it)
SUB_COMMUNITIES = (
    ("跑步", "晨跑、夜跑、周末长距离,备战各地马拉松", 0.55),
    ("健身", "力量训练、减脂增肌、打卡互助", 0.35),
    ("瑜伽", "晨间瑜伽、冥想与体态调整", 0.22),
    ("骑行", "城市骑行与周末长途", 0.12),
    ("徒步", "周边山野徒步与户外安全", 0.10),
)
SOURCE_CHANNELS = (("朋友推荐", 30), ("线下活动", 20), ("公众号", 18), ("小红书", 12),
                   ("门店扫码", 10), ("抖音", 6), ("老带新活动", 4))
STATUSES = (("active", 70), ("silent", 14), ("at_risk", 8), ("left", 6), ("banned", 2))
NOTES = ("全马 PB 3:45,愿意带新人", "门店店员推荐", "对装备评测很感兴趣", "曾在群里组织过夜跑",
         "希望多一些瑜伽线下课", "已付费年卡会员", "")
DEMO_DAYS = 730  # join dates over two years
BATCH = 5_000


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def demo_member(rng: random.Random, today: date) -> tuple:
    """One member row: (display_name, nickname, phone, wechat_id, email, join_date,
    source_channel, status, notes)."""
    name = names.chinese_name(rng)
    # Growth over time: later days are likelier, as communities grow.
    join = today - timedelta(days=int(DEMO_DAYS * (1 - rng.random() ** 0.7)))
    return (
        name,
        names.nickname(rng, name),
        names.mobile(rng) if rng.random() < 0.85 else None,
        names.wechat_id(rng) if rng.random() < 0.7 else None,
        names.email(rng) if rng.random() < 0.3 else None,
        join.isoformat(),
        _weighted(rng, SOURCE_CHANNELS),
        _weighted(rng, STATUSES),
        rng.choice(NOTES) if rng.random() < 0.05 else "",
    )


def build_demo(db: Database, *, members: int = 500, seed: int = 42, today: date | None = None,
               progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled) -> int:
    """Fill an empty database with the demo community; all or nothing. Returns members added."""
    if members < 1:
        raise UserError("the demo needs at least one member")
    existing = db.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    if existing:
        raise UserError("%1 already holds %2 members; the demo needs an empty file", db.path, existing)
    rng = random.Random(seed)
    today = today or date.today()
    now = db.clock()
    versioned = (now, 1, now, db.operator)
    with db.transaction() as conn:
        group_ids = []
        for name, description, _share in SUB_COMMUNITIES:
            cursor = conn.execute(
                "INSERT INTO sub_communities(name, description, created_at, version, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?)", (name, description, *versioned))
            group_ids.append(cursor.lastrowid)
        first_id = (conn.execute("SELECT coalesce(max(id), 0) FROM members").fetchone()[0]) + 1
        for start in range(0, members, BATCH):
            check_cancel(cancelled)
            count = min(BATCH, members - start)
            conn.executemany(
                "INSERT INTO members(display_name, nickname, phone, wechat_id, email, join_date, "
                "source_channel, status, notes, created_at, version, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (demo_member(rng, today) + versioned for _ in range(count)))
            links = []
            for member_id in range(first_id + start, first_id + start + count):
                chosen = [gid for gid, (_n, _d, share) in zip(group_ids, SUB_COMMUNITIES) if rng.random() < share]
                links.extend((member_id, gid) for gid in (chosen or [group_ids[0]]))
            conn.executemany("INSERT INTO member_sub_communities(member_id, sub_community_id) VALUES (?, ?)",
                             links)
            progress(start + count, members)
        search.index_many(conn, ((r[0], r[1:]) for r in conn.execute(
            "SELECT id, display_name, nickname, phone, wechat_id, email FROM members WHERE id >= ?", (first_id,))))
        db.set_meta("community_name", COMMUNITY_NAME)
        db.log_change("members", None, "demo", None, {"members": members, "seed": seed})
    return members
