"""Per-member activity figures for the lifecycle engine, as of a day D (events up to the end of D).

Figures: last event time; frequency (activity events in the RFM window); monetary (purchases in
the RFM window, fen); attended (attendance events, all time); recent (activity events in the last
N = churn.days days); earlier (activity events in the 3N days before those); msg_<d> (messages in
the last d days, one per window a tier rule uses); orig_<d> (original posts: messages of at least
kol.long_post_chars characters in the last d days; only when a rule uses them, as they read the
text column, which no index covers).

Two ways to compute the same figures:
- member_activity(): one plain GROUP BY with a CASE per figure; used for one member (explain)
  and as the exact fallback.
- build_facts_table(): the same figures for every member into TEMP table lc_facts. Each event
  falls in one interval between the window boundaries, and its kind and interval fix which
  figures it adds to, so ONE CASE per row yields a packed integer with a field per figure
  (63 // figures bits, at least 12; more than 5 figures take a second sum), and one sum() adds
  them up; the last event time is one index seek per member. This costs about as much as a
  bare GROUP BY with max(ts), where a sum per figure costs twice that. A member whose event count could overflow a field (>= 2**bits events) is recomputed
  exactly with member_activity().
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app.models import lifecycle as lm
from app.models.database import Database

MIN_FIELD_BITS = 12                   # 5 fields of 12 bits fit one signed 64-bit sum
FACTS_TABLE = "temp.lc_facts"


def start_of(day: date) -> str:
    """UTC text of the start of *day* (the events table's format)."""
    return f"{day.isoformat()}T00:00:00Z"


def plain(db: Database, sql: str, params=()):
    """Rows as plain tuples (sqlite3.Row objects cost more than the query for bulk reads)."""
    cursor = db.conn.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, params)


@dataclass
class Activity:
    last_ts: str
    frequency: int
    monetary: int
    attended: int
    recent: int
    earlier: int
    messages: dict[int, int]          # window days -> messages in it
    originals: dict[int, int] = field(default_factory=dict)   # window days -> original posts


def message_windows(ladder: list[lm.Tier], rule: str = "messages_in_days") -> list[int]:
    return sorted({t.rules[rule]["days"] for t in ladder if rule in t.rules})


def original_windows(ladder: list[lm.Tier]) -> list[int]:
    return message_windows(ladder, "original_posts_in_days")


@dataclass(frozen=True)
class _Bounds:
    end: str        # events before this count at all
    rfm: str        # frequency and monetary from here
    recent: str     # churn: the last N days
    earlier: str    # churn: the 3N days before `recent`
    windows: dict[int, str]
    originals: dict[int, str]
    long_chars: int

    @classmethod
    def of(cls, as_of: date, cfg: dict, windows: list[int], originals: list[int] = ()) -> "_Bounds":
        end = as_of + timedelta(days=1)
        n = cfg["churn"]["days"]
        return cls(start_of(end), start_of(end - timedelta(days=cfg["rfm_window_days"])),
                   start_of(end - timedelta(days=n)), start_of(end - timedelta(days=4 * n)),
                   {d: start_of(end - timedelta(days=d)) for d in windows},
                   {d: start_of(end - timedelta(days=d)) for d in originals}, int(cfg["kol"]["long_post_chars"]))


def _activity_sql(bounds: _Bounds, where: str) -> tuple[str, list]:
    kinds = lm.ACTIVITY_KINDS
    marks = ",".join("?" * len(kinds))
    columns = [f"sum(CASE WHEN ts >= ? THEN kind IN ({marks}) END)",
               "sum(CASE WHEN amount_fen IS NULL OR ts < ? THEN NULL WHEN kind = 'purchase' THEN amount_fen END)",
               "sum(kind = 'attendance')",
               f"sum(CASE WHEN ts >= ? THEN kind IN ({marks}) END)",
               f"sum(CASE WHEN ts < ? OR ts >= ? THEN NULL ELSE kind IN ({marks}) END)"]
    params: list = [bounds.rfm, *kinds, bounds.rfm, bounds.recent, *kinds, bounds.earlier, bounds.recent, *kinds]
    for start in bounds.windows.values():
        columns.append("sum(CASE WHEN ts >= ? THEN kind = 'message' END)")
        params.append(start)
    for start in bounds.originals.values():
        columns.append("sum(CASE WHEN ts >= ? THEN kind = 'message' AND coalesce(length(text), 0) >= ? END)")
        params.extend((start, bounds.long_chars))
    params.append(bounds.end)
    return (f"SELECT member_id, max(ts), {', '.join(columns)} FROM events WHERE ts < ? AND {where} "
            f"GROUP BY member_id", params)


def member_activity(db: Database, as_of: date, cfg: dict, windows: list[int],
                    member_ids: list[int], originals: list[int] = ()) -> dict[int, Activity]:
    """Exact figures for the given members (one GROUP BY per 500 members)."""
    bounds = _Bounds.of(as_of, cfg, windows, originals)
    out = {}
    for i in range(0, len(member_ids), 500):
        chunk = list(member_ids[i:i + 500])
        sql, params = _activity_sql(bounds, f"member_id IN ({','.join('?' * len(chunk))})")
        for row in plain(db, sql, params + chunk):
            counts = [v or 0 for v in row[7:]]
            out[row[0]] = Activity(row[1], row[2] or 0, row[3] or 0, row[4], row[5] or 0, row[6] or 0,
                                   dict(zip(windows, counts)), dict(zip(originals, counts[len(windows):])))
    return out


# -- every member at once ---------------------------------------------------------------------
def fact_columns(windows: list[int], originals: list[int] = ()) -> list[str]:
    return ["frequency", "recent", "earlier", "attended", *(f"msg_{d}" for d in windows),
            *(f"orig_{d}" for d in originals)]


def _packed_case(bounds: _Bounds, fields: list[str], field_bits: int) -> tuple[str, list]:
    """One CASE over (ts interval, kind) whose value is the packed increments of *fields*."""
    cuts = sorted({bounds.rfm, bounds.recent, bounds.earlier, *bounds.windows.values(), *bounds.originals.values()},
                  reverse=True)

    def increments(start: str, kind: str, long: bool = False) -> int:
        """Packed value for an event of *kind* at a time in the interval that begins at *start*."""
        active = kind in lm.ACTIVITY_KINDS
        member_of = {"frequency": active and start >= bounds.rfm,
                     "recent": active and start >= bounds.recent,
                     "earlier": active and bounds.earlier <= start < bounds.recent,
                     "attended": kind == "attendance"}
        member_of.update({f"msg_{d}": kind == "message" and start >= s for d, s in bounds.windows.items()})
        member_of.update({f"orig_{d}": long and start >= s for d, s in bounds.originals.items()})
        return sum(1 << (field_bits * i) for i, name in enumerate(fields) if member_of.get(name))

    def by_kind(start: str) -> str:
        arms = [(kind, str(increments(start, kind))) for kind in lm.ACTIVITY_KINDS]
        long = str(increments(start, "message", long=True))
        if long != arms[0][1]:       # an original post adds to more fields than a short message
            arms[0] = ("message", f"CASE WHEN coalesce(length(text), 0) >= {bounds.long_chars} THEN {long} "
                                  f"ELSE {arms[0][1]} END")
        arms = [(k, v) for k, v in arms if v != "0"]
        if not arms:
            return "0"
        return "CASE kind " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in arms) + " ELSE 0 END"

    # Events older than every window come first: in a long history they are most rows.
    parts, params = [f"WHEN ts < ? THEN {by_kind('')}"], [cuts[-1]]
    for start in cuts[:-1]:
        parts.append(f"WHEN ts >= ? THEN {by_kind(start)}")
        params.append(start)
    return f"CASE {' '.join(parts)} ELSE {by_kind(cuts[-1])} END", params


def build_facts_table(db: Database, as_of: date, cfg: dict, windows: list[int], originals: list[int] = (),
                      field_bits: int | None = None) -> int:
    """Fill TEMP table lc_facts (one row per member with events up to D); returns its row count."""
    conn = db.conn
    bounds = _Bounds.of(as_of, cfg, windows, originals)
    columns = fact_columns(windows, originals)
    field_bits = field_bits or max(MIN_FIELD_BITS, 63 // len(columns))
    conn.execute(f"DROP TABLE IF EXISTS {FACTS_TABLE}")
    conn.execute(f"CREATE TABLE {FACTS_TABLE} (member_id INTEGER PRIMARY KEY, last_ts TEXT, events INTEGER, "
                 f"monetary INTEGER, {', '.join(f'{c} INTEGER' for c in columns)})")
    sums, params = [], [bounds.rfm]
    per_sum = 63 // field_bits
    groups = [columns[i:i + per_sum] for i in range(0, len(columns), per_sum)]
    for group in groups:
        case, case_params = _packed_case(bounds, group, field_bits)
        sums.append(f"sum({case})")
        params.extend(case_params)
    # Events after D are left out; when there are none (D is today) the test is skipped.
    latest = conn.execute("SELECT max(ts) FROM events").fetchone()[0]
    where = "WHERE ts < ?" if latest is not None and latest >= bounds.end else ""
    if where:
        params.append(bounds.end)
    mask = (1 << field_bits) - 1
    unpack = [f"(p{g} >> {field_bits * i}) & {mask}" for g, group in enumerate(groups) for i in range(len(group))]
    # The last event: one index seek per member costs less than max(ts) over every row.
    conn.execute(
        f"INSERT INTO {FACTS_TABLE} SELECT member_id, (SELECT max(ts) FROM events e WHERE e.member_id = g.member_id "
        f"AND e.ts < ?), events, monetary, {', '.join(unpack)} FROM ("
        f"SELECT member_id, count(*) AS events, "
        f"sum(CASE WHEN kind = 'purchase' AND ts >= ? THEN amount_fen END) AS monetary, "
        + ", ".join(f"{s} AS p{g}" for g, s in enumerate(sums))
        + f" FROM events {where} GROUP BY member_id) AS g",
        [bounds.end, *params])
    # A field holds counts below 2**field_bits; members with that many events get exact figures.
    heavy = [r[0] for r in plain(db, f"SELECT member_id FROM {FACTS_TABLE} WHERE events >= ?", (1 << field_bits,))]
    for member_id, act in member_activity(db, as_of, cfg, windows, heavy, originals).items():
        values = {"frequency": act.frequency, "recent": act.recent, "earlier": act.earlier,
                  "attended": act.attended, **{f"msg_{d}": n for d, n in act.messages.items()},
                  **{f"orig_{d}": n for d, n in act.originals.items()}}
        conn.execute(f"UPDATE {FACTS_TABLE} SET monetary = ?, {', '.join(f'{c} = ?' for c in columns)} "
                     f"WHERE member_id = ?", (act.monetary, *(values[c] for c in columns), member_id))
    return conn.execute(f"SELECT count(*) FROM {FACTS_TABLE}").fetchone()[0]


def drop_facts_table(db: Database) -> None:
    db.conn.execute(f"DROP TABLE IF EXISTS {FACTS_TABLE}")
