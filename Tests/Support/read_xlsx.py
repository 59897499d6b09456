#!/usr/bin/env python3
"""Reads a workbook with openpyxl (an independent reader) and prints it as JSON.

Usage: read_xlsx.py FILE.xlsx
Prints {"sheets": [...], "freeze": "A2", "widths": {...}, "header_bold": true, "rows": [[...], ...],
"formulas": N} (N: cells the workbook holds as formulas, which Luoshi never writes).
"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
print(json.dumps({
    "sheets": book.sheetnames,
    "freeze": sheet.freeze_panes,
    "widths": {key: dim.width for key, dim in sheet.column_dimensions.items()},
    "header_bold": all(cell.font.b for cell in sheet[1]),
    "rows": rows,
    "formulas": sum(1 for row in sheet.iter_rows() for cell in row if cell.data_type == "f"),
}, ensure_ascii=False))
