#!/usr/bin/env python3
"""Writes a text file as a PDF with reportlab's built-in CJK font (STSong-Light).

Usage: make_pdf.py INPUT.txt OUTPUT.pdf

Used by the tests to make a real PDF of a report; one paragraph a line, wrapped to the page.
"""
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape


def main(source, target):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")
    with open(source, encoding="utf-8") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    story = [Paragraph(escape(line), style) for line in lines]
    SimpleDocTemplate(target, pagesize=A4).build(story)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
