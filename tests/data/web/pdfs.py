"""PDFs the tests index, written at test time: a two-column press kit (fpdf2, a few KB), a
scanned page with no text layer, a decompression bomb, one with too many pages."""

from __future__ import annotations

import zlib
from pathlib import Path

SYNOPSIS = (
    "Niko Fischer hat sein Jurastudium vor zwei Jahren abgebrochen, ohne es jemandem zu sagen. "
    "An einem einzigen Tag in Berlin will er nur einen Kaffee trinken, doch immer kommt etwas "
    "dazwischen. Er begegnet einer früheren Mitschülerin, einem zornigen Nachbarn und seinem Vater, "
    "der ihm das Geld für das Studium streicht."
)
ABOUT = (
    "Oh Boy ist das Spielfilmdebüt von Jan-Ole Gerster, der an der Deutschen Film- und "
    "Fernsehakademie Berlin studiert hat. Der Film wurde in Schwarzweiß gedreht und spielt an "
    "einem einzigen Tag. Er kam am 1. November 2012 in die deutschen Kinos. Beim Deutschen "
    "Filmpreis 2013 gewann er sechs Lolas, darunter die für den besten Spielfilm."
)
CAST = [
    ("Niko Fischer", "Tom Schilling"),
    ("Julika Hoffmann", "Friederike Kempter"),
    ("Matze", "Marc Hosemann"),
    ("Walter Fischer", "Ulrich Noethen"),
    ("Friedrich", "Michael Gwisdek"),
]
CREW = [
    ("Regie", "Jan-Ole Gerster"),
    ("Drehbuch", "Jan-Ole Gerster"),
    ("Kamera", "Philipp Kirsamer"),
    ("Musik", "The Major Minors, Cherilyn MacNeil"),
    ("Länge", "83 Minuten"),
]


def write_presskit(path: Path) -> Path:
    """Three pages: synopsis, a two-column cast and crew page, notes; a running footer on each."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title("Oh Boy – Presseheft")
    pdf.set_author("X Verleih")
    pdf.set_auto_page_break(False)
    family = "helvetica"  # a core font (Latin-1): enough for German, no font file needed

    def footer() -> None:
        pdf.set_font(family, size=8)
        pdf.set_xy(20, 282)
        pdf.cell(170, 5, f"Oh Boy · Presseheft · Seite {pdf.page_no()}", align="C")

    pdf.add_page()
    pdf.set_font(family, size=24)
    pdf.set_xy(20, 25)
    pdf.cell(170, 12, "Oh Boy")
    pdf.set_font(family, size=11)
    pdf.set_xy(20, 42)
    pdf.multi_cell(170, 6, "Ein Film von Jan-Ole Gerster\n\nInhalt\n" + SYNOPSIS)
    footer()

    pdf.add_page()
    pdf.set_font(family, size=14)
    pdf.set_xy(20, 25)
    pdf.cell(80, 8, "Besetzung")
    pdf.set_font(family, size=11)
    y = 36
    for role, actor in CAST:  # the left column, written first
        pdf.set_xy(20, y)
        pdf.cell(80, 6, f"{role} - {actor}")
        y += 7
    pdf.set_font(family, size=14)
    pdf.set_xy(110, 25)
    pdf.cell(80, 8, "Stab")
    pdf.set_font(family, size=11)
    y = 36
    for job, person in CREW:  # the right column
        pdf.set_xy(110, y)
        pdf.multi_cell(80, 6, f"{job}: {person}")
        y += 7 if len(person) < 30 else 13
    footer()

    pdf.add_page()
    pdf.set_font(family, size=14)
    pdf.set_xy(20, 25)
    pdf.cell(170, 8, "Über den Film")
    pdf.set_font(family, size=11)
    pdf.set_xy(20, 36)
    pdf.multi_cell(170, 6, ABOUT)
    footer()
    pdf.output(str(path))
    return path


def write_scanned(path: Path) -> Path:
    """A page with only a picture on it (drawn shapes), as a scanner without OCR leaves it."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    for row in range(40):
        pdf.rect(20, 20 + row * 6, 120 + (row * 7) % 50, 3, style="F")
    pdf.output(str(path))
    return path


def write_bomb(path: Path, unpacked_bytes: int = 120_000_000) -> Path:
    """One page whose content stream is ~120 KB packed and 120 MB unpacked."""
    packed = zlib.compress(b" " * unpacked_bytes, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def write_many_pages(path: Path, pages: int) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


if __name__ == "__main__":
    import sys

    print(write_presskit(Path(sys.argv[1])))
