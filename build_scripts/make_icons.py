"""Draw the ARCO Desk application icon and write resources/icons/arco_desk.{png,ico}.

The icon is a calm-blue rounded square with a white reception-desk bell. Each size
is painted separately from the same vector drawing (no down-scaling blur), and the
Windows .ico is assembled here: 32-bit DIB images for the small sizes (read by every
Windows tool, including NSIS) and a PNG image for 256 px.

Run from the repository root::

    .venv/bin/python build_scripts/make_icons.py

The generated files are committed; rerun this only when the drawing changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
PNG_SIZE = 256

BLUE_TOP = "#3d7fc4"
BLUE_BOTTOM = "#2a5d99"


def paint_icon(size: int):  # -> QImage (Qt is imported lazily, see main())
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    # Draw in a 100 x 100 design space.
    painter.scale(size / 100.0, size / 100.0)

    # Rounded square background with a gentle vertical gradient.
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 100))
    gradient.setColorAt(0.0, QColor(BLUE_TOP))
    gradient.setColorAt(1.0, QColor(BLUE_BOTTOM))
    painter.setBrush(QBrush(gradient))
    inset = 2.0 if size >= 32 else 0.5
    painter.drawRoundedRect(QRectF(inset, inset, 100 - 2 * inset, 100 - 2 * inset), 22, 22)

    white = QColor("#ffffff")
    painter.setBrush(white)

    # Knob on top of the bell.
    painter.drawRoundedRect(QRectF(44, 22, 12, 8), 3, 3)
    painter.drawRect(QRectF(47.5, 28, 5, 6))

    # Dome: a half-ellipse sitting on the base line.
    dome = QPainterPath()
    dome.moveTo(18, 68)
    dome.cubicTo(18, 46, 32, 33, 50, 33)
    dome.cubicTo(68, 33, 82, 46, 82, 68)
    dome.closeSubpath()
    painter.drawPath(dome)

    # Base plate, slightly wider than the dome.
    painter.drawRoundedRect(QRectF(12, 71, 76, 9), 4.5, 4.5)

    # A small highlight on the dome, only where there are pixels enough to show it.
    if size >= 48:
        shine = QPainterPath()
        shine.moveTo(29, 60)
        shine.cubicTo(29, 50, 35, 43, 43, 40)
        shine.lineTo(44.5, 43.5)
        shine.cubicTo(38, 46.5, 34.5, 52, 34.5, 60)
        shine.closeSubpath()
        painter.setBrush(QColor(BLUE_BOTTOM))
        painter.setOpacity(0.35)
        painter.drawPath(shine)

    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:  # image: QImage
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG image")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:  # image: QImage in Format_ARGB32
    """A 32-bit BGRA device-independent bitmap as stored inside an .ico entry."""
    size = image.width()
    header = struct.pack(
        "<IiiHHIIiiII",
        40,  # BITMAPINFOHEADER size
        size,
        size * 2,  # colour rows + AND-mask rows
        1,  # planes
        32,  # bits per pixel
        0,  # BI_RGB
        0,
        0,
        0,
        0,
        0,
    )
    rows = []
    mask_rows = []
    mask_stride = ((size + 31) // 32) * 4
    for y in reversed(range(size)):  # DIBs are stored bottom-up
        row = bytearray()
        mask = bytearray(mask_stride)
        for x in range(size):
            argb = image.pixel(x, y)
            alpha = (argb >> 24) & 0xFF
            row += struct.pack("<I", argb)  # little-endian ARGB32 is B, G, R, A
            if alpha == 0:
                mask[x // 8] |= 0x80 >> (x % 8)
        rows.append(bytes(row))
        mask_rows.append(bytes(mask))
    return header + b"".join(rows) + b"".join(mask_rows)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """Assemble an .ico file from {size: encoded image} (PNG or DIB)."""
    count = len(images)
    out = bytearray(struct.pack("<HHH", 0, 1, count))
    offset = 6 + 16 * count
    payload = bytearray()
    for size, data in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in an icon directory entry
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return bytes(out + payload)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICON_DIR.mkdir(parents=True, exist_ok=True)

    encoded = {}
    for size in ICO_SIZES:
        image = paint_icon(size)
        encoded[size] = png_bytes(image) if size >= 256 else dib_bytes(image)
    (ICON_DIR / "arco_desk.ico").write_bytes(ico_bytes(encoded))
    (ICON_DIR / "arco_desk.png").write_bytes(png_bytes(paint_icon(PNG_SIZE)))
    del app
    for name in ("arco_desk.ico", "arco_desk.png"):
        print(f"wrote {(ICON_DIR / name).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
