"""A user's own preferences that follow them to any PC: the window's text size."""

from __future__ import annotations

from belteam.core.actors import Actor
from belteam.core.messages import _
from belteam.core.validation import ValidationError
from belteam.storage.models import User

TEXT_SIZE_NORMAL = 100  # percent of the program's own 12 pt
TEXT_SIZE_MIN, TEXT_SIZE_MAX, TEXT_SIZE_STEP = 100, 200, 10


def clamp_text_size(percent: int) -> int:
    """The nearest allowed size: Ctrl+Plus at 200 % stays at 200 %."""
    return max(TEXT_SIZE_MIN, min(TEXT_SIZE_MAX, int(percent)))


def text_size(actor: Actor) -> int:
    """The signed-in user's text size; 100 % for the system and for unknown users."""
    if actor.user_id is None:
        return TEXT_SIZE_NORMAL
    user = User.get_or_none(User.id == actor.user_id)
    return clamp_text_size(user.text_size) if user is not None and user.text_size else TEXT_SIZE_NORMAL


def set_text_size(actor: Actor, percent: int) -> int:
    """Keep ``percent`` as the user's own text size; anyone may set their own."""
    if not TEXT_SIZE_MIN <= int(percent) <= TEXT_SIZE_MAX:
        raise ValidationError({"text_size": _("choose a text size from {low} to {high} %",
                                              low=TEXT_SIZE_MIN, high=TEXT_SIZE_MAX)})
    if actor.user_id is not None:
        User.update(text_size=int(percent)).where(User.id == actor.user_id).execute()
    return int(percent)
