#!/usr/bin/python3
"""Office/PDF fixtures for the parts a sender can attach besides cell values and body text, made by
LibreOffice 7.4 through UNO (run with Debian's /usr/bin/python3):

    soffice --headless --invisible --norestore --accept='pipe,name=dlpfixtures;urp;' &
    /usr/bin/python3 samples/extract/src/make_office_parts.py samples/extract

All personal data is synthetic (fake names, 090-0000-xxxx numbers, example.jp addresses).
"""
import os
import shutil
import struct
import subprocess
import sys
import time
import zlib

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.style.BreakType import PAGE_BEFORE
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '.')

SURNAMES = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村', '小林', '加藤', '吉田', '山本']
GIVEN = ['太郎', '花子', '一郎', '美咲', '健太', '陽子', '翔太', '由美', '大輔', '恵子']
DEPTS = ['総務部', '営業部', '経理部', '開発部']


def person(i):
    name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)]
    return (name, DEPTS[i % len(DEPTS)], '090-0000-%04d' % (1000 + i), 'staff%03d@example.jp' % i)


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
            return ctx, ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        except Exception:
            time.sleep(0.5)
    raise SystemExit('soffice is not listening')


def url(name):
    return uno.systemPathToFileUrl(os.path.join(OUT, name))


def store(doc, name, filter_name):
    doc.storeToURL(url(name), props(FilterName=filter_name, Overwrite=True))


def convert(name, target):
    profile = uno.systemPathToFileUrl(os.path.join(OUT, '.lo-convert-profile'))
    subprocess.run(['soffice', '-env:UserInstallation=' + profile, '--headless', '--convert-to', target, '--outdir', OUT,
                    os.path.join(OUT, name)], check=True, stdout=subprocess.DEVNULL)
    os.remove(os.path.join(OUT, name))
    shutil.rmtree(os.path.join(OUT, '.lo-convert-profile'), ignore_errors=True)


def size(w, h):
    s = uno.createUnoStruct('com.sun.star.awt.Size')
    s.Width, s.Height = w, h
    return s


def point(x, y):
    p = uno.createUnoStruct('com.sun.star.awt.Point')
    p.X, p.Y = x, y
    return p


def calc_parts(desktop):
    """Cover sheet with a comment, a text box, header/footer and a defined name; roster on a hidden sheet."""
    doc = desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, props(Hidden=True))
    sheets = doc.Sheets
    cover = sheets.getByIndex(0)
    cover.Name = '表紙'
    cover.getCellByPosition(0, 0).String = '四半期資料'
    cover.getCellByPosition(0, 1).String = '詳細は別紙のとおり'
    address = uno.createUnoStruct('com.sun.star.table.CellAddress')
    address.Sheet, address.Column, address.Row = 0, 2, 2
    cover.getCellByPosition(2, 2).String = '確認済'
    cover.Annotations.insertNew(address, '連絡先: 山田太郎 090-0000-1234 東京都千代田区千代田1-1')
    shape = doc.createInstance('com.sun.star.drawing.TextShape')
    cover.DrawPage.add(shape)
    shape.Size = size(9000, 2000)
    shape.Position = point(1000, 3000)
    shape.String = '担当 鈴木一郎 070-0000-9012 ichiro.suzuki@example.jp'
    style = doc.StyleFamilies.getByName('PageStyles').getByName(cover.PageStyle)
    style.HeaderIsOn = True
    header = style.RightPageHeaderContent
    header.CenterText.String = '作成者 佐藤花子 080-0000-5678'
    style.RightPageHeaderContent = header
    cell = uno.createUnoStruct('com.sun.star.table.CellAddress')
    doc.NamedRanges.addNewByName('緊急連絡先', '"高橋美咲 090-0000-3456"', cell, 0)
    sheets.insertNewByName('名簿', 1)
    roster = sheets.getByName('名簿')
    for c, title in enumerate(['氏名', '部署', '電話番号', 'メールアドレス']):
        roster.getCellByPosition(c, 0).String = title
    for r in range(12):
        for c, value in enumerate(person(r)):
            roster.getCellByPosition(c, r + 1).String = value
    roster.IsVisible = False
    store(doc, 'parts.xlsx', 'Calc MS Excel 2007 XML')
    doc.close(True)


def writer_parts(desktop):
    """Innocuous body; personal data in the header, footer, a comment, a text frame and tracked changes."""
    doc = desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, props(Hidden=True))
    style = doc.StyleFamilies.getByName('PageStyles').getByName('Standard')
    style.HeaderIsOn = True
    style.HeaderText.setString('作成: 山田太郎 090-0000-1234')
    style.FooterIsOn = True
    style.FooterText.setString('連絡先 taro.yamada@example.jp')
    text = doc.Text
    cursor = text.createTextCursor()
    text.insertString(cursor, '会議の議事録です。', False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    frame = doc.createInstance('com.sun.star.text.TextFrame')
    text.insertTextContent(cursor, frame, False)
    frame.Text.setString('テキストボックス: 鈴木一郎 070-0000-9012')
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    text.insertString(cursor, '出席者: 高橋美咲 090-0000-3456', False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    text.insertString(cursor, '次回は来月です。', False)
    doc.RecordChanges = True
    end = text.createTextCursor()
    end.gotoEnd(False)
    text.insertControlCharacter(end, PARAGRAPH_BREAK, False)
    text.insertString(end, '追記: 田中健太 080-0000-7890', False)
    # Delete the attendee line as a tracked deletion (the recipient can still read it).
    search = doc.createSearchDescriptor()
    search.SearchString = '出席者: 高橋美咲 090-0000-3456'
    found = doc.findFirst(search)
    found.setString('')
    doc.RecordChanges = False
    store(doc, 'parts.docx', 'MS Word 2007 XML')
    doc.close(True)


COMMENT_FODT = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:p>確認事項は以下のとおりです。<office:annotation><dc:creator>校閲者</dc:creator><dc:date>2024-04-01T09:00:00</dc:date>
   <text:p>佐藤花子さん（080-0000-5678、大阪府大阪市北区梅田2-2）に確認</text:p></office:annotation>日程は別途調整します。</text:p>
 </office:text></office:body>
</office:document>
'''


def writer_comment():
    """A Word comment. Inserting an annotation through UNO crashes LibreOffice 7.4 headless, so the
    document is written as flat ODF and converted by `soffice --convert-to docx`."""
    with open(os.path.join(OUT, 'comment.fodt'), 'w', encoding='utf-8') as f:
        f.write(COMMENT_FODT)
    convert('comment.fodt', 'docx:MS Word 2007 XML')


def impress_table(desktop):
    """A staff table on slide 1 (氏名 column, 15 people); speaker notes with a contact."""
    doc = desktop.loadComponentFromURL('private:factory/simpress', '_blank', 0, props(Hidden=True))
    page = doc.DrawPages.getByIndex(0)
    title = doc.createInstance('com.sun.star.drawing.TextShape')
    page.add(title)
    title.Size = size(20000, 1500)
    title.Position = point(1000, 500)
    title.String = '担当者一覧'
    table = doc.createInstance('com.sun.star.drawing.TableShape')
    page.add(table)
    table.Position = point(1000, 2500)
    table.Size = size(24000, 14000)
    model = table.Model
    rows, cols = 16, 4
    model.Rows.insertByIndex(model.Rows.Count, rows - model.Rows.Count)
    model.Columns.insertByIndex(model.Columns.Count, cols - model.Columns.Count)
    for c, t in enumerate(['氏名', '部署', '電話番号', 'メールアドレス']):
        model.getCellByPosition(c, 0).String = t
    for r in range(1, rows):
        for c, value in enumerate(person(r + 20)):
            model.getCellByPosition(c, r).String = value
    notes = page.NotesPage
    note = doc.createInstance('com.sun.star.drawing.TextShape')
    notes.add(note)
    note.String = '質問は高橋美咲（090-0000-3456）まで'
    store(doc, 'staff-table.pptx', 'Impress MS PowerPoint 2007 XML')
    try:
        doc.close(True)
    except Exception:
        pass


def pdf_roster(desktop):
    """A 60-person roster laid out as a Writer table over several pages (header row repeated)."""
    doc = desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, props(Hidden=True))
    text = doc.Text
    cursor = text.createTextCursor()
    text.insertString(cursor, '職員名簿（2024年度）', False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    people = 60
    table = doc.createInstance('com.sun.star.text.TextTable')
    table.initialize(people + 1, 4)
    text.insertTextContent(cursor, table, False)
    table.RepeatHeadline = True
    for c, t in enumerate(['氏名', '部署', '電話番号', 'メールアドレス']):
        table.getCellByPosition(c, 0).String = t
    for r in range(people):
        for c, value in enumerate(person(r)):
            table.getCellByPosition(c, r + 1).String = value
    store(doc, 'roster-table.pdf', 'writer_pdf_Export')
    doc.close(True)


def calc_pdf_roster(desktop):
    """A Calc sheet printed to PDF: no cell borders, numbers right-aligned, 80 people over pages."""
    doc = desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, props(Hidden=True))
    sheet = doc.Sheets.getByIndex(0)
    for c, title in enumerate(['社員番号', '氏名', '年齢', '電話番号', 'メールアドレス']):
        sheet.getCellByPosition(c, 0).String = title
    for r in range(80):
        name, _, phone, mail = person(r + 40)
        sheet.getCellByPosition(0, r + 1).Value = 20000 + r
        sheet.getCellByPosition(1, r + 1).String = name
        sheet.getCellByPosition(2, r + 1).Value = 22 + (r * 7) % 40
        sheet.getCellByPosition(3, r + 1).String = phone
        sheet.getCellByPosition(4, r + 1).String = mail
    columns = sheet.Columns
    for c in range(5):
        columns.getByIndex(c).OptimalWidth = True
    store(doc, 'calc-roster.pdf', 'calc_pdf_Export')
    doc.close(True)


def png(path, width=200, height=80):
    raw = b''.join(b'\x00' + bytes([(x * 3 + y) % 256 for x in range(width)] * 1)[:width] * 1 for y in range(height))
    # greyscale, 8 bit
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0))
    data += chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
    with open(path, 'wb') as f:
        f.write(data)


def pdf_image_only(ctx, desktop):
    """A 'scanned' page: an image and no text layer."""
    image = os.path.join(OUT, 'scan-page.png')
    png(image)
    doc = desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, props(Hidden=True))
    provider = ctx.ServiceManager.createInstanceWithContext('com.sun.star.graphic.GraphicProvider', ctx)
    graphic = provider.queryGraphic(props(URL=uno.systemPathToFileUrl(image)))
    obj = doc.createInstance('com.sun.star.text.TextGraphicObject')
    obj.Graphic = graphic
    obj.Size = size(15000, 6000)
    doc.Text.insertTextContent(doc.Text.createTextCursor(), obj, False)
    store(doc, 'scanned.pdf', 'writer_pdf_Export')
    doc.close(True)
    # A typed cover page followed by a scanned page: the scan must not hide behind the cover's text.
    doc = desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, props(Hidden=True))
    text = doc.Text
    cursor = text.createTextCursor()
    text.insertString(cursor, '送付状　添付の申込書をご確認ください。', False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    cursor.BreakType = PAGE_BEFORE
    obj = doc.createInstance('com.sun.star.text.TextGraphicObject')
    obj.Graphic = graphic
    obj.Size = size(15000, 6000)
    text.insertTextContent(cursor, obj, False)
    store(doc, 'cover-and-scan.pdf', 'writer_pdf_Export')
    doc.close(True)
    os.remove(image)


if __name__ == '__main__':
    ctx, desktop = connect()
    calc_parts(desktop)
    writer_parts(desktop)
    writer_comment()
    pdf_roster(desktop)
    calc_pdf_roster(desktop)
    pdf_image_only(ctx, desktop)
    impress_table(desktop)  # last: closing it can take the soffice process down (the file is already stored)
    print('office part fixtures written to', OUT)
