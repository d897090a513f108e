#!/usr/bin/env python3
"""Write class.xlsx, the spreadsheet fixture of the service's roster tests.

A minimal Office Open XML workbook (inline strings, one sheet) made with the
standard library only, the way a school's export looks: a title row, a header
row in German, two address columns, a phone column, a child with no address.
Run it again after changing ROWS: python3 tests/service/make_xlsx.py
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROWS = [
    ["Klasse 2b – Elternliste"],
    ["Vorname", "Nachname", "E-Mail Mutter", "E-Mail Vater", "Telefon", "Sprache"],
    ["Ben", "Adler", "eva.adler@example.org", "tom.adler@example.org", "", "de"],
    ["Mia", "Adler", "eva.adler@example.org", "", "", ""],
    ["Kofi", "Mensah", "", "", "0171 2345678", ""],
    ["Léa", "Dubois", "claire.dubois@example.fr", "", "", "Französisch"],
    [],
    ["Jonas", "Weber", "weber.family@example.de", "", 4915112345678, ""],
]

def column(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name

def cell(ref, value):
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'

rows = []
for r, values in enumerate(ROWS, start=1):
    cells = "".join(cell(f"{column(c)}{r}", v) for c, v in enumerate(values) if v != "")
    rows.append(f'<row r="{r}">{cells}</row>')
sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         f'<sheetData>{"".join(rows)}</sheetData></worksheet>')
files = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Klasse 2b" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
    "xl/worksheets/sheet1.xml": sheet,
}
out = Path(__file__).with_name("class.xlsx")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in files.items():
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text)
print(out)
