"""An honest notice for a tab whose feature is not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NotBuiltYetTab(QWidget):
    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(
            f"<h2>{title}</h2><p>{what}</p><p style='color:#555'>"
            + self.tr("This part of ARCO Desk is not built yet. Nothing here is stored or "
                      "forwarded; use the usual paper form until it arrives.")
            + "</p>"
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def focus_search(self) -> None:
        """No search here yet."""
