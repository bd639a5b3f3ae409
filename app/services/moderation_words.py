"""Sensitive-word lists: read them from a CSV/.xlsx file, check every row, save all or nothing.

Columns: word, level, category (also 敏感词 / 级别 / 分类). Levels: red/yellow/blue, 红/黄/蓝
(红色, 高 ...); the level "allow" (白名单, 放行) puts the phrase on the allow-list instead.
Categories are the configured ones, by code or by their English or Chinese name.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.models import moderation as mod
from app.models.database import Database
from app.models.errors import UserError
from app.services.sentences import joined
from app.services.tabular import TableError, read_table
from app.services.word_matcher import normalize
from app.texts import Translatable, translatable

CONTEXT = "moderation words"   # the translation context of the row problems
ALLOW = "allow"
LEVEL_NAMES = {
    "red": ("red", "r", "红", "红色", "高", "high", "紅"),
    "yellow": ("yellow", "y", "黄", "黄色", "中", "medium", "黃"),
    "blue": ("blue", "b", "蓝", "蓝色", "低", "low", "藍"),
    ALLOW: ("allow", "allowed", "allow-list", "allowlist", "whitelist", "白名单", "放行", "允许"),
}
_LEVEL_OF = {name.casefold(): level for level, names in LEVEL_NAMES.items() for name in names}
# English and Chinese names of the built-in categories (the operators' own words).
CATEGORY_NAMES = {
    "spam": ("spam", "ads", "spam/ads", "advert", "advertising", "广告", "垃圾广告", "引流"),
    "abuse": ("abuse", "辱骂", "人身攻击", "谩骂"),
    "rumour": ("rumour", "rumor", "谣言", "不实信息"),
    "fraud": ("fraud", "scam", "诈骗", "欺诈"),
    "off_topic": ("off_topic", "off-topic", "off topic", "无关", "跑题", "无关内容"),
    "other": ("other", "其他", "其它"),
}
COLUMN_NAMES = {
    "word": ("word", "words", "敏感词", "词", "关键词", "词语", "phrase"),
    "level": ("level", "级别", "等级", "预警级别", "alert level"),
    "category": ("category", "分类", "类别", "类型"),
}


def level_of(text: str) -> str | None:
    return _LEVEL_OF.get(str(text).strip().casefold())


def category_of(text: str, categories: list[str]) -> str | None:
    """The configured category *text* names (by code, or a built-in's English/Chinese name)."""
    key = str(text).strip().casefold()
    for category in categories:
        if key == category.casefold() or key in (n.casefold() for n in CATEGORY_NAMES.get(category, ())):
            return category
    return None


@dataclass
class WordImport:
    words: list[mod.WordEntry] = field(default_factory=list)
    allowed: list[tuple[str, str]] = field(default_factory=list)
    errors: list[Translatable] = field(default_factory=list)  # "row N: reason" (str(): the English)
    words_change: mod.WordListChange | None = None
    allowed_change: mod.WordListChange | None = None

    def summary(self) -> str:
        w, a = self.words_change or mod.WordListChange(), self.allowed_change or mod.WordListChange()
        return (f"{len(self.words)} words read: {w.added} added, {w.updated} updated; "
                f"allow-list: {a.added} added, {a.updated} updated")


def _column(headers: list[str], key: str) -> int | None:
    names = {n.casefold() for n in COLUMN_NAMES[key]}
    for index, header in enumerate(headers):
        if str(header).strip().casefold() in names:
            return index
    return None


def read_word_file(path: str | Path, categories: list[str]) -> WordImport:
    """Every row of the file checked; errors name the spreadsheet row."""
    try:
        table = read_table(path)
    except (TableError, OSError) as exc:
        raise UserError("cannot read %1: %2", Path(path).name, exc) from None
    columns = {key: _column(table.headers, key) for key in COLUMN_NAMES}
    if columns["word"] is None or columns["level"] is None:
        raise UserError("%1 needs the columns word and level (and category); found: %2", Path(path).name,
                        ", ".join(map(str, table.headers)) or translatable(CONTEXT, "none"))
    out = WordImport()
    seen: dict[str, int] = {}
    try:
        for row in table:
            def cell(key: str) -> str:
                index = columns[key]
                value = row.values[index] if index is not None else None
                return "" if value is None else str(value).strip()
            parsed = parse_word_row(cell("word"), cell("level"), cell("category"), categories)
            if isinstance(parsed, Translatable):
                out.errors.append(translatable(CONTEXT, "row %1: %2", row.number, parsed))
                continue
            norm = parsed.norm if isinstance(parsed, mod.WordEntry) else parsed[1]
            if norm in seen:
                out.errors.append(translatable(CONTEXT, "row %1: %2 is the same word as row %3", row.number,
                                               repr(cell("word")), seen[norm]))
                continue
            seen[norm] = row.number
            (out.words if isinstance(parsed, mod.WordEntry) else out.allowed).append(parsed)
    except TableError as exc:
        raise UserError("cannot read %1: %2", Path(path).name, exc) from None
    return out


def parse_word_row(word: str, level_text: str, category_text: str,
                   categories: list[str]) -> mod.WordEntry | tuple[str, str] | Translatable:
    """A word entry, an allowed (phrase, norm), or the reason the row is refused (str(): the English)."""
    if not word:
        return translatable(CONTEXT, "the word is empty")
    norm = normalize(word)
    if not norm:
        return translatable(CONTEXT, "%1 has no letters or digits to match", repr(word))
    level = level_of(level_text)
    if level is None:
        return translatable(CONTEXT, "unknown level %1 (use red/yellow/blue, 红/黄/蓝, or allow)", repr(level_text))
    if level == ALLOW:
        return (word, norm)
    category = category_of(category_text, categories) if category_text else "other"
    if category is None or (category == "other" and "other" not in categories):
        return translatable(CONTEXT, "unknown category %1 (known: %2)", repr(category_text), ", ".join(categories))
    return mod.WordEntry(word, norm, level, category)


def import_words(db: Database, path: str | Path) -> WordImport:
    """Read *path* and add or update its words and allowed phrases; any bad row refuses the whole file."""
    result = read_word_file(path, mod.get_config(db)["categories"])
    errors = result.errors
    if errors:
        more = [translatable(CONTEXT, "and %1 more", len(errors) - 5)] if len(errors) > 5 else []
        shown = joined(errors[:5] + more)
        if len(errors) == 1:
            raise UserError("1 bad row in %1, nothing imported: %2", Path(path).name, shown)
        raise UserError("%1 bad rows in %2, nothing imported: %3", len(errors), Path(path).name, shown)
    if not result.words and not result.allowed:
        raise UserError("%1 has no words", Path(path).name)
    result.words_change, result.allowed_change = mod.save_word_lists(db, result.words, result.allowed, replace=False)
    return result
