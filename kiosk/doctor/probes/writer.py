"""The application writer's files: its template and the spelling dictionaries."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class WriterFiles:
    def template_problem(self, templates_dir: str, template: str) -> str:
        from kiosk.writer import templates
        from kiosk.writer.errors import TemplateError

        root = Path(templates_dir) if templates_dir else templates.BUILTIN
        try:
            templates.load(root, template)
        except TemplateError as exc:
            return str(exc)
        return ""

    def missing_dictionaries(self, languages: Sequence[str]) -> list[str]:
        from kiosk.writer.spelling import tags_for

        tags = tags_for(list(languages))
        try:
            import enchant
        except ImportError:
            return tags
        return [tag for tag in tags if not enchant.dict_exists(tag)]
