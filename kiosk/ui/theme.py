"""Colours, sizes and the style sheet: calm, big, readable.

Contrast is computed, not guessed: `contrast_ratio` implements WCAG 2.1, and
the tests hold the normal theme to ≥ 4.5:1 and the high-contrast one to ≥ 7:1
for every text/background pair used.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_TARGET_PX = 48  # the smallest touch target anywhere in the shell


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    surface: str
    text: str
    muted_text: str
    accent: str  # primary buttons
    accent_text: str
    danger: str  # End session
    danger_text: str
    focus: str  # the focus ring, never the only cue


NORMAL = Theme(
    name="normal",
    background="#f4f6f8",
    surface="#ffffff",
    text="#1a1f24",
    muted_text="#4a5560",
    accent="#0b5cad",
    accent_text="#ffffff",
    danger="#a4262c",
    danger_text="#ffffff",
    focus="#b35900",  # deep orange: ≥ 3:1 against both light backgrounds
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    background="#000000",
    surface="#000000",
    text="#ffffff",
    muted_text="#ffffff",
    accent="#ffff00",
    accent_text="#000000",
    danger="#ffffff",
    danger_text="#000000",
    focus="#00ffff",
)


def text_pairs(theme: Theme) -> list[tuple[str, str, str]]:
    """(what, foreground, background) for every text colour the shell draws."""
    return [
        ("text on background", theme.text, theme.background),
        ("text on surface", theme.text, theme.surface),
        ("muted text on background", theme.muted_text, theme.background),
        ("muted text on surface", theme.muted_text, theme.surface),
        ("primary button", theme.accent_text, theme.accent),
        ("end session button", theme.danger_text, theme.danger),
    ]


def _luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [
        c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted(
        (_luminance(foreground), _luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def stylesheet(theme: Theme, scale: float = 1.0) -> str:
    """The whole shell's style; `scale` is the resident's text zoom (1.0–2.0)."""
    base = round(20 * scale)
    big = round(30 * scale)
    huge = round(44 * scale)
    target = round(max(MIN_TARGET_PX, 64 * scale))
    # The shell bar holds a dozen buttons: it grows less, so it stays one or
    # two rows on a 1024 px screen at 200 % (the page zooms separately).
    # A focused button's thicker border takes its room from the padding, so
    # the label never loses width when the focus arrives.
    bar = round(16 * min(scale, 1.5))
    bar_target = round(max(MIN_TARGET_PX, 64 * min(scale, 1.25)))
    return f"""
    QWidget {{ background: {theme.background}; color: {theme.text};
               font-size: {base}px; }}
    QLabel#title {{ font-size: {huge}px; font-weight: bold; }}
    QLabel#subtitle, QLabel#overlayTitle {{ font-size: {big}px; font-weight: bold; }}
    QLabel#muted {{ color: {theme.muted_text}; }}
    QPushButton {{ background: {theme.surface}; color: {theme.text};
                   border: 2px solid {theme.text}; border-radius: 10px;
                   min-height: {target}px; min-width: {target}px; padding: 4px 12px; }}
    QPushButton:focus {{ border: 5px solid {theme.focus}; padding: 1px 9px; }}
    QPushButton:disabled {{ color: {theme.muted_text}; border-style: dashed; }}
    QPushButton:checked {{ border: 5px double {theme.text}; font-weight: bold;
                           padding: 1px 9px; }}
    QPushButton#primary {{ background: {theme.accent}; color: {theme.accent_text};
                           border-color: {theme.accent}; font-size: {big}px;
                           font-weight: bold; }}
    QPushButton#primary:focus {{ border: 5px solid {theme.focus}; }}
    QPushButton#danger {{ background: {theme.danger}; color: {theme.danger_text};
                          border-color: {theme.danger}; font-weight: bold; }}
    QPushButton#danger:focus {{ border: 5px solid {theme.focus}; }}
    QPushButton#tile {{ text-align: left; padding: 18px; font-size: {big}px;
                        background: {theme.surface}; }}
    QPushButton#tile:focus {{ border: 5px solid {theme.focus}; padding: 15px; }}
    QFrame#keyboard {{ background: {theme.background};
                       border-top: 3px solid {theme.text}; }}
    QPushButton#key {{ font-size: {round(26 * min(scale, 1.5))}px; padding: 2px;
                       min-height: {MIN_TARGET_PX}px; min-width: {MIN_TARGET_PX}px; }}
    QFrame#overlay {{ background: {theme.surface}; border: 3px solid {theme.text};
                      border-radius: 14px; }}
    QFrame#shellbar {{ background: {theme.surface};
                       border-bottom: 2px solid {theme.text}; }}
    QFrame#shellbar QPushButton {{ font-size: {bar}px; padding: 2px 6px;
                                   min-width: {MIN_TARGET_PX}px;
                                   min-height: {bar_target}px; }}
    QFrame#shellbar QPushButton:focus {{ padding: 0px 3px; }}
    QPushButton#start {{ background: {theme.accent}; color: {theme.accent_text};
                         border-color: {theme.accent}; font-size: {huge}px;
                         font-weight: bold; min-width: {round(360 * scale)}px;
                         min-height: {round(100 * scale)}px; }}
    QPushButton#start:focus {{ border: 6px solid {theme.focus};
                               padding: 0px 8px; }}
    QFrame#shellbar QLabel {{ background: {theme.surface}; font-size: {bar}px; }}
    QLabel#host {{ font-weight: bold; }}
    QFrame#overlay QLabel {{ background: {theme.surface}; }}
    QListWidget {{ background: {theme.surface}; font-size: {big}px; }}
    QListWidget::item {{ min-height: {target}px; }}
    QListWidget::item:selected {{ background: {theme.accent};
                                  color: {theme.accent_text}; }}
    """
