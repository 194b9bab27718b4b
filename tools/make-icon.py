#!/usr/bin/env python3
"""Draws the package icon (src/FactCatalog.Package/icon.png, 128x128): an opening quotation mark over a check mark,
white on blue. Standard library only; the output is deterministic. Run from the repository root."""
import struct
import zlib

SIZE = 128
BLUE = (31, 78, 140)
WHITE = (255, 255, 255)


def inside(x, y):
    """Whether pixel (x, y) of the white figure is set."""
    # Two quotation marks: a filled circle with a tail sweeping up to the left.
    for cx in (44, 84):
        cy = 46
        if (x - cx) ** 2 + (y - cy) ** 2 <= 15 ** 2:
            return True
        # the tail: a thick arc from the circle's left side upwards
        dx, dy = x - (cx + 10), y - (cy - 2)
        r2 = dx * dx + dy * dy
        if 22 ** 2 <= r2 <= 29 ** 2 and dx < 0 and dy < 0 and -dy > -dx * 0.3:
            return True
    # A check mark under them.
    def near_segment(px, py, ax, ay, bx, by, width):
        vx, vy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)))
        qx, qy = ax + t * vx, ay + t * vy
        return (px - qx) ** 2 + (py - qy) ** 2 <= width * width
    return near_segment(x, y, 36, 88, 56, 106, 6) or near_segment(x, y, 56, 106, 96, 72, 6)


def background(x, y):
    """A rounded square."""
    r = 22
    cx = min(max(x, r), SIZE - 1 - r)
    cy = min(max(y, r), SIZE - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def pixel(x, y):
    # 4x4 supersampling for smooth edges.
    acc = [0, 0, 0, 0]
    for sy in range(4):
        for sx in range(4):
            px, py = x + (sx + 0.5) / 4, y + (sy + 0.5) / 4
            if not background(px, py):
                continue
            colour = WHITE if inside(px, py) else BLUE
            for i in range(3):
                acc[i] += colour[i]
            acc[3] += 255
    n = 16
    alpha = acc[3] // n
    if alpha == 0:
        return (0, 0, 0, 0)
    covered = acc[3] // 255
    return tuple(acc[i] // covered for i in range(3)) + (alpha,)


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
with open("src/FactCatalog.Package/icon.png", "wb") as f:
    f.write(png(SIZE, SIZE, rows))
