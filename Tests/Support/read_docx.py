#!/usr/bin/env python3
"""Reads a Word document with python-docx (an independent reader) and prints it as JSON.

Usage: read_docx.py FILE.docx
Prints {"paragraphs": [{"text": ..., "style": ...}, ...], "tables": [[[cell, ...], ...], ...],
"title_color": "C00000", "page": [width_mm, height_mm]}.
"""
import json
import sys

import docx

document = docx.Document(sys.argv[1])
section = document.sections[0]
title = document.paragraphs[0]
print(json.dumps({
    "paragraphs": [{"text": p.text, "style": p.style.name} for p in document.paragraphs],
    "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
    "title_color": str(title.runs[0].font.color.rgb) if title.runs and title.runs[0].font.color.rgb else None,
    "page": [round(section.page_width.mm), round(section.page_height.mm)],
}, ensure_ascii=False))
