"""Mask contact details for files that leave the operator's hands: 138****5678, wx****89, l***@example.com."""
from __future__ import annotations

MASK = "****"


def mask_phone(phone: str | None) -> str:
    """Keep the first 3 and last 4 digits (a mainland mobile reads 138****5678); short numbers keep
    only their last 2 digits. A leading +86 style prefix is kept."""
    if not phone:
        return ""
    text = phone.strip()
    prefix = ""
    if text.startswith("+") and " " in text:
        code, _, text = text.partition(" ")
        prefix = code + " "
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 11:
        return prefix + digits[:3] + MASK + digits[-4:]
    if len(digits) >= 7:
        return prefix + digits[:2] + MASK + digits[-3:]
    return prefix + MASK + digits[-2:] if digits else MASK


def mask_handle(handle: str | None) -> str:
    """A WeChat ID or similar: the first 2 and last 2 characters (one each when short)."""
    if not handle:
        return ""
    text = handle.strip()
    if len(text) <= 2:
        return text[:1] + MASK
    if len(text) <= 5:
        return text[0] + MASK + text[-1]
    return text[:2] + MASK + text[-2:]


def mask_email(email: str | None) -> str:
    """The first character of the name and the whole domain: l***@example.com."""
    if not email:
        return ""
    name, at, domain = email.strip().rpartition("@")
    if not at:
        return mask_handle(email)
    return (name[:1] or "") + "***@" + domain
