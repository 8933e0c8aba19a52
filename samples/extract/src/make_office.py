#!/usr/bin/python3
"""Creates the Office/PDF fixtures with LibreOffice through UNO (run with Debian's /usr/bin/python3).

    soffice --headless --invisible --accept='pipe,name=dlpfixtures;urp;' &
    /usr/bin/python3 samples/extract/src/make_office.py samples/extract

All personal data is synthetic (fake names, 090-0000-xxxx style numbers, example addresses).
"""
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.style.BreakType import PAGE_BEFORE
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '.')

PEOPLE = [
    ('山田太郎', 'ヤマダタロウ', '1985/04/12', '090-0000-1234', '東京都千代田区千代田1-1'),
    ('佐藤花子', 'サトウハナコ', '1990/11/03', '080-0000-5678', '大阪府大阪市北区梅田2-2'),
    ('鈴木一郎', 'スズキイチロウ', '1978/01/30', '070-0000-9012', '愛知県名古屋市中区栄3-3'),
    ('高橋美咲', 'タカハシミサキ', '2001/07/21', '090-0000-3456', '福岡県福岡市博多区4-4'),
]


def props(**kwargs):
    out = []
    for key, value in kwargs.items():
        p = PropertyValue()
        p.Name = key
        p.Value = value
        out.append(p)
    return tuple(out)


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(60):
        try:
            ctx = resolver.resolve('uno:pipe,name=dlpfixtures;urp;StarOffice.ComponentContext')
            return ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        except Exception:
            time.sleep(0.5)
    raise SystemExit('soffice is not listening')


def url(name):
    return uno.systemPathToFileUrl(os.path.join(OUT, name))


def store(doc, name, filter_name, **extra):
    doc.storeToURL(url(name), props(FilterName=filter_name, Overwrite=True, **extra))



def calc(desktop):
    doc = desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, props(Hidden=True))
    sheets = doc.Sheets
    sheets.getByIndex(0).Name = '名簿'
    sheet = sheets.getByName('名簿')
    header = ['氏名', 'フリガナ', '生年月日', '電話番号', '住所']
    for c, title in enumerate(header):
        sheet.getCellByPosition(c, 0).String = title
    date_format = doc.NumberFormats.queryKey('YYYY/MM/DD', uno.createUnoStruct('com.sun.star.lang.Locale'), False)
    if date_format == -1:
        date_format = doc.NumberFormats.addNew('YYYY/MM/DD', uno.createUnoStruct('com.sun.star.lang.Locale'))
    for r, person in enumerate(PEOPLE, start=1):
        for c, value in enumerate(person):
            cell = sheet.getCellByPosition(c, r)
            if c == 2:
                cell.Formula = '=DATE(%s;%s;%s)' % tuple(int(x) for x in value.split('/'))
                cell.NumberFormat = date_format
            else:
                cell.String = value
    # A second sheet: numbers, a formula and a sheet name with a space.
    sheets.insertNewByName('Sheet 2', 1)
    second = sheets.getByName('Sheet 2')
    second.getCellByPosition(0, 0).String = '社員番号'
    second.getCellByPosition(1, 0).String = '金額'
    for r, (emp, amount) in enumerate([(10001, 250000), (10002, 310000), (10003, 198000)], start=1):
        second.getCellByPosition(0, r).Value = emp
        second.getCellByPosition(1, r).Value = amount
    second.getCellByPosition(1, 16).Formula = '=SUM(B2:B4)'
    second.getCellByPosition(2, 16).String = '合計'
    store(doc, 'roster.xlsx', 'Calc MS Excel 2007 XML')
    store(doc, 'legacy.xls', 'MS Excel 97')
    doc.close(True)


def writer(desktop):
    doc = desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, props(Hidden=True))
    text = doc.Text
    cursor = text.createTextCursor()
    text.insertString(cursor, '入会申込書', False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    text.insertString(cursor, '申込者: 山田太郎 様（連絡先 090-0000-1234）', False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    table = doc.createInstance('com.sun.star.text.TextTable')
    table.initialize(3, 3)
    text.insertTextContent(cursor, table, False)
    for c, title in enumerate(['氏名', '住所', '電話番号']):
        table.getCellByName(chr(65 + c) + '1').String = title
    for r, person in enumerate(PEOPLE[:2], start=2):
        table.getCellByName('A%d' % r).String = person[0]
        table.getCellByName('B%d' % r).String = person[4]
        table.getCellByName('C%d' % r).String = person[3]
    text.insertString(cursor, '以上、よろしくお願いいたします。', False)
    store(doc, 'application.docx', 'MS Word 2007 XML')
    store(doc, 'legacy.doc', 'MS Word 97')
    doc.close(True)


def multipage_pdf(desktop):
    doc = desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, props(Hidden=True))
    text = doc.Text
    cursor = text.createTextCursor()
    pages = [
        '申込書 1ページ目 申込者 山田太郎',
        '2ページ目 住所 東京都千代田区千代田1-1',
        '3ページ目 電話番号 090-0000-1234 生年月日 1985年4月12日',
    ]
    for i, line in enumerate(pages):
        if i > 0:
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            cursor.BreakType = PAGE_BEFORE
        text.insertString(cursor, line, False)
    store(doc, 'multipage.pdf', 'writer_pdf_Export')
    doc.close(True)


def impress(desktop):
    doc = desktop.loadComponentFromURL('private:factory/simpress', '_blank', 0, props(Hidden=True))
    pages = doc.DrawPages
    slides = [('研修のご案内', '講師: 佐藤花子（080-0000-5678）'), ('参加者', '山田太郎、鈴木一郎')]
    while pages.Count < len(slides):
        pages.insertNewByIndex(pages.Count - 1)
    for i, (title, body) in enumerate(slides):
        page = pages.getByIndex(i)
        for j, content in enumerate([title, body]):
            shape = doc.createInstance('com.sun.star.drawing.TextShape')
            page.add(shape)
            size = uno.createUnoStruct('com.sun.star.awt.Size')
            size.Width, size.Height = 20000, 2000
            pos = uno.createUnoStruct('com.sun.star.awt.Point')
            pos.X, pos.Y = 1000, 1000 + j * 3000
            shape.Size = size
            shape.Position = pos
            shape.String = content
        notes = page.NotesPage
        if i == 0:
            note = doc.createInstance('com.sun.star.drawing.TextShape')
            notes.add(note)
            note.String = '発表者メモ: 連絡先 info@example.jp'
    store(doc, 'slides.pptx', 'Impress MS PowerPoint 2007 XML')
    doc.close(True)


if __name__ == '__main__':
    desktop = connect()
    calc(desktop)
    writer(desktop)
    multipage_pdf(desktop)
    impress(desktop)
    print('office fixtures written to', OUT)
