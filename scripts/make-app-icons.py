#!/usr/bin/env python3
"""Draws the app icon once, for both phones, from one set of shapes: a padlock whose amber body
shows "OtP" in seven-segment digits, on deep navy.

    python3 scripts/make-app-icons.py

writes, and the repository commits:

- android/app/src/main/res/drawable/ic_launcher_background.xml and ic_launcher_foreground.xml:
  vector drawables for the adaptive icon (mipmap-anydpi-v26/ic_launcher.xml, ic_launcher_round.xml)
  on its 108 dp canvas, the lock inside the 66 dp safe zone;
- ios/App/Sources/Resources/Assets.xcassets/AppIcon.appiconset/AppIcon-1024.png (1024 x 1024,
  opaque, as the App Store asks) and its Contents.json: the same shapes rasterised here, with 4x4
  samples a pixel, by this script alone (plain Python: zlib and struct, no imaging library).

Run it again after changing a shape or a colour; its output is deterministic.
"""

import json
import math
import struct
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NAVY = (0x0F, 0x30, 0x57)
STEEL = (0xC9, 0xD6, 0xE3)
AMBER = (0xF2, 0xB1, 0x34)

# ---- the shapes, on the adaptive icon's 108-unit canvas, before scaling about its centre ----
SHACKLE = dict(cx=54.0, cy=40.0, r_out=19.5, r_in=12.5, bottom=50.0)
BODY = dict(x=30.0, y=48.0, w=48.0, h=36.0, r=5.0)
# Seven segments: a top, b top right, c bottom right, d bottom, e bottom left, f top left, g middle.
GLYPHS = {"O": "abcdef", "t": "defg", "P": "abefg"}
TEXT = "OtP"
CHAR_W, CHAR_H, GAP, THICK = 10.0, 18.0, 4.0, 2.6


def segments(x, y):
    w, h, t = CHAR_W, CHAR_H, THICK
    return {
        "a": (x, y, w, t),
        "b": (x + w - t, y, t, h / 2),
        "c": (x + w - t, y + h / 2, t, h / 2),
        "d": (x, y + h - t, w, t),
        "e": (x, y + h / 2, t, h / 2),
        "f": (x, y, t, h / 2),
        "g": (x, y + h / 2 - t / 2, w, t),
    }


def digit_rects():
    total = len(TEXT) * CHAR_W + (len(TEXT) - 1) * GAP
    x0 = BODY["x"] + (BODY["w"] - total) / 2
    y0 = BODY["y"] + (BODY["h"] - CHAR_H) / 2 + 1.0
    rects = []
    for i, ch in enumerate(TEXT):
        segs = segments(x0 + i * (CHAR_W + GAP), y0)
        rects += [segs[s] for s in GLYPHS[ch]]
    return rects


# ---- Android: vector drawables ----
def fmt(v):
    return f"{v:.2f}".rstrip("0").rstrip(".")


def android(scale):
    def p(x, y):
        return fmt(54 + (x - 54) * scale), fmt(54 + (y - 54) * scale)

    def d(v):
        return fmt(v * scale)

    s, b = SHACKLE, BODY
    lx_out, rx_out = s["cx"] - s["r_out"], s["cx"] + s["r_out"]
    lx_in, rx_in = s["cx"] - s["r_in"], s["cx"] + s["r_in"]
    shackle = (
        "M{},{} ".format(*p(lx_out, s["bottom"]))
        + "L{},{} ".format(*p(lx_out, s["cy"]))
        + f"A{d(s['r_out'])},{d(s['r_out'])} 0 0,1 " + "{},{} ".format(*p(rx_out, s["cy"]))
        + "L{},{} ".format(*p(rx_out, s["bottom"]))
        + "L{},{} ".format(*p(rx_in, s["bottom"]))
        + "L{},{} ".format(*p(rx_in, s["cy"]))
        + f"A{d(s['r_in'])},{d(s['r_in'])} 0 0,0 " + "{},{} ".format(*p(lx_in, s["cy"]))
        + "L{},{} Z".format(*p(lx_in, s["bottom"]))
    )
    r = b["r"]
    x1, y1, x2, y2 = b["x"], b["y"], b["x"] + b["w"], b["y"] + b["h"]
    body = (
        "M{},{} ".format(*p(x1 + r, y1)) + "L{},{} ".format(*p(x2 - r, y1))
        + f"A{d(r)},{d(r)} 0 0,1 " + "{},{} ".format(*p(x2, y1 + r))
        + "L{},{} ".format(*p(x2, y2 - r))
        + f"A{d(r)},{d(r)} 0 0,1 " + "{},{} ".format(*p(x2 - r, y2))
        + "L{},{} ".format(*p(x1 + r, y2))
        + f"A{d(r)},{d(r)} 0 0,1 " + "{},{} ".format(*p(x1, y2 - r))
        + "L{},{} ".format(*p(x1, y1 + r))
        + f"A{d(r)},{d(r)} 0 0,1 " + "{},{} Z".format(*p(x1 + r, y1))
    )
    digits = " ".join(
        "M{},{} ".format(*p(x, y)) + f"h{d(w)} v{d(h)} h-{d(w)} Z" for x, y, w, h in digit_rects()
    )
    hexc = lambda c: "#FF%02X%02X%02X" % c  # noqa: E731
    head = "<!-- Drawn by scripts/make-app-icons.py: edit the shapes there and run it again. -->\n"
    fg = (
        '<?xml version="1.0" encoding="utf-8"?>\n' + head
        + '<vector xmlns:android="http://schemas.android.com/apk/res/android"\n'
        '    android:width="108dp" android:height="108dp"\n'
        '    android:viewportWidth="108" android:viewportHeight="108">\n'
        f'    <path android:fillColor="{hexc(STEEL)}" android:pathData="{shackle}" />\n'
        f'    <path android:fillColor="{hexc(AMBER)}" android:pathData="{body}" />\n'
        f'    <path android:fillColor="{hexc(NAVY)}" android:pathData="{digits}" />\n'
        "</vector>\n"
    )
    bg = (
        '<?xml version="1.0" encoding="utf-8"?>\n' + head
        + '<vector xmlns:android="http://schemas.android.com/apk/res/android"\n'
        '    android:width="108dp" android:height="108dp"\n'
        '    android:viewportWidth="108" android:viewportHeight="108">\n'
        f'    <path android:fillColor="{hexc(NAVY)}" android:pathData="M0,0 H108 V108 H0 Z" />\n'
        "</vector>\n"
    )
    res = ROOT / "android/app/src/main/res/drawable"
    res.mkdir(parents=True, exist_ok=True)
    (res / "ic_launcher_foreground.xml").write_text(fg)
    (res / "ic_launcher_background.xml").write_text(bg)


# ---- iPhone: a 1024 x 1024 PNG ----
def colour_at(x, y):
    """The colour at canvas point (x, y), in unscaled units."""
    for rx, ry, rw, rh in DIGITS:
        if rx <= x <= rx + rw and ry <= y <= ry + rh:
            return NAVY
    b = BODY
    if b["x"] <= x <= b["x"] + b["w"] and b["y"] <= y <= b["y"] + b["h"]:
        r = b["r"]
        cx = min(max(x, b["x"] + r), b["x"] + b["w"] - r)
        cy = min(max(y, b["y"] + r), b["y"] + b["h"] - r)
        if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
            return AMBER
    s = SHACKLE
    if y <= s["cy"]:
        dist = math.hypot(x - s["cx"], y - s["cy"])
        if s["r_in"] <= dist <= s["r_out"]:
            return STEEL
    elif y <= s["bottom"]:
        if s["cx"] - s["r_out"] <= x <= s["cx"] - s["r_in"] or s["cx"] + s["r_in"] <= x <= s["cx"] + s["r_out"]:
            return STEEL
    return NAVY


DIGITS = digit_rects()


def ios(scale, size=1024, samples=4):
    unit = 108 / size
    lo, hi = 54 - 36 * scale, 54 + 36 * scale  # the lock lies within this square
    rows = []
    for py in range(size):
        row = bytearray(b"\x00")  # PNG filter: none
        for px in range(size):
            cx, cy = (px + 0.5) * unit, (py + 0.5) * unit
            if not (lo <= cx <= hi and lo <= cy <= hi):
                row += bytes(NAVY)
                continue
            acc = [0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) * unit
                    y = (py + (sy + 0.5) / samples) * unit
                    c = colour_at(54 + (x - 54) / scale, 54 + (y - 54) / scale)
                    acc[0] += c[0]
                    acc[1] += c[1]
                    acc[2] += c[2]
            n = samples * samples
            row += bytes(round(v / n) for v in acc)
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )
    out = ROOT / "ios/App/Sources/Resources/Assets.xcassets/AppIcon.appiconset"
    out.mkdir(parents=True, exist_ok=True)
    (out / "AppIcon-1024.png").write_bytes(png)
    contents = {
        "images": [{"filename": "AppIcon-1024.png", "idiom": "universal", "platform": "ios", "size": "1024x1024"}],
        "info": {"author": "xcode", "version": 1},
    }
    (out / "Contents.json").write_text(json.dumps(contents, indent=2) + "\n")
    (out.parent / "Contents.json").write_text(json.dumps({"info": {"author": "xcode", "version": 1}}, indent=2) + "\n")


if __name__ == "__main__":
    # Android: inside the adaptive icon's safe zone (a 66 dp circle of the 108 dp canvas).
    android(scale=0.8)
    # iPhone: the system rounds the corners of a full square; the lock may be larger.
    ios(scale=1.0)
    print("wrote the Android vector drawables and the iPhone's AppIcon-1024.png")
