#!/usr/bin/env python3
"""Builds the archive, PDF-variant and mail fixtures from the Office fixtures (stdlib + zip, 7z, qpdf).

    python3 samples/extract/src/make_fixtures.py samples/extract

Needs roster.xlsx and multipage.pdf (made by make_office.py). All personal data is synthetic.
"""
import io
import quopri
import os
import subprocess
import sys
import tempfile
import zipfile
from email import encoders, policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '.')


def path(name):
    return os.path.join(OUT, name)


def read(name):
    with open(path(name), 'rb') as f:
        return f.read()


def write(name, data):
    with open(path(name), 'wb') as f:
        f.write(data)


CSV_ROWS = '氏名,住所,電話番号\r\n山田太郎,東京都千代田区千代田1-1,090-0000-1234\r\n佐藤花子,大阪府大阪市北区梅田2-2,080-0000-5678\r\n'


class Cp932ZipInfo(zipfile.ZipInfo):
    """Names encoded in CP932 without the UTF-8 flag, as Japanese Windows' Explorer writes them."""

    def _encodeFilenameFlags(self):
        return self.filename.encode('cp932'), self.flag_bits & ~0x800


def cp932_zip(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(Cp932ZipInfo(name, date_time=(2024, 4, 1, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def archives():
    write('roster-cp932.zip', cp932_zip([
        ('2024/教職員一覧.xlsx', read('roster.xlsx')),
        ('2024/メモ.txt', '連絡先: 山田太郎 090-0000-1234\r\n'.encode('cp932')),
    ]))
    inner = cp932_zip([('名簿.csv', CSV_ROWS.encode('cp932'))])
    write('nested.zip', cp932_zip([('inner.zip', inner), ('readme.txt', b'see inner.zip\r\n')]))
    write('roster-sjis.csv', CSV_ROWS.encode('cp932'))
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, 'secret.txt'), 'w', encoding='utf-8') as f:
            f.write('山田太郎 090-0000-1234\n')
        with open(os.path.join(tmp, 'public.txt'), 'w', encoding='utf-8') as f:
            f.write('公開情報です。\n')
        for name in ('zipcrypto.zip', 'aes.zip'):
            if os.path.exists(path(name)):
                os.remove(path(name))
        # Info-ZIP: one plain entry and one ZipCrypto entry in the same archive.
        subprocess.run(['zip', '-q', path('zipcrypto.zip'), 'public.txt'], cwd=tmp, check=True)
        subprocess.run(['zip', '-q', '-P', 'secret', path('zipcrypto.zip'), 'secret.txt'], cwd=tmp, check=True)
        # 7-Zip: WinZip AES-256 (compression method 99).
        subprocess.run(['7z', 'a', '-tzip', '-psecret', '-mem=AES256', path('aes.zip'), 'secret.txt'],
                       cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    # A flat bomb: 10 MiB of zeros deflates to about 10 KB (ratio ~1000:1).
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('zeros.txt', b'\0' * (10 * 1024 * 1024))
    write('bomb.zip', buf.getvalue())


def pdfs():
    subprocess.run(['qpdf', '--encrypt', 'user-secret', 'owner-secret', '256', '--',
                    path('multipage.pdf'), path('encrypted.pdf')], check=True)
    # Owner password only: opens without a password (printing/copying restricted).
    subprocess.run(['qpdf', '--encrypt', '', 'owner-secret', '256', '--print=none', '--',
                    path('multipage.pdf'), path('restricted.pdf')], check=True)


def iso2022jp_mail():
    msg = MIMEMultipart()
    msg['From'] = formataddr(('山田太郎', 'taro@example.jp'), charset='iso-2022-jp')
    msg['To'] = 'hanako@example.com'
    msg['Subject'] = Header('職員名簿の送付', 'iso-2022-jp')
    body = MIMEText('佐藤様\n\n名簿をお送りします。1番の項目をご確認ください。\n山田\n', 'plain', 'iso-2022-jp')
    msg.attach(body)
    att = MIMEApplication(read('roster-cp932.zip'), 'zip')
    # RFC 2231 parameter in ISO-2022-JP, as Japanese mailers (Becky!, Thunderbird-ja) send it.
    att.add_header('Content-Disposition', 'attachment', filename=('iso-2022-jp', '', '名簿.zip'))
    msg.attach(att)
    write('iso2022jp-2231.eml', msg.as_bytes())


def shift_jis_as_latin1():
    text = '山田太郎様\r\n住所: 東京都千代田区千代田1-1\r\n電話: 090-0000-1234\r\n'
    raw = (
        'From: sender@example.jp\r\nTo: rcpt@example.com\r\nSubject: test\r\nMIME-Version: 1.0\r\n'
        'Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
    ).encode('ascii') + text.encode('cp932')
    write('sjis-as-latin1.eml', raw)


def eucjp_qp():
    # Written by hand: Python's email package turns euc-jp bodies into ISO-2022-JP on output.
    body = quopri.encodestring('鈴木一郎様の生年月日は1978年1月30日です。\r\n'.encode('euc-jp'))
    subject = Header('生年月日の確認', 'euc-jp').encode()
    write('eucjp-qp.eml', (
        'From: sender@example.jp\r\nTo: rcpt@example.com\r\nSubject: %s\r\nMIME-Version: 1.0\r\n'
        'Content-Type: text/plain; charset=EUC-JP\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' % subject
    ).encode('ascii') + body)


def html_mail():
    msg = MIMEMultipart('alternative')
    msg['From'] = 'sender@example.jp'
    msg['To'] = 'rcpt@example.com'
    msg['Subject'] = '参加者一覧'
    msg.attach(MIMEText('参加者一覧をお送りします。\n', 'plain', 'utf-8'))
    html = (
        '<html><head><style>td { color: red }</style><script>var secret = "SCRIPT";</script></head><body>'
        '<p>参加者一覧をお送りします。</p>'
        '<table><tr><th>氏名</th><th>電話番号</th></tr>'
        '<tr><td>山田太郎</td><td>090-0000-1234</td></tr>'
        '<tr><td>佐藤花子</td><td>080-0000-5678</td></tr></table>'
        '<p>よろしくお願いします。</p></body></html>'
    )
    msg.attach(MIMEText(html, 'html', 'utf-8'))
    write('html-table.eml', msg.as_bytes())


def forwarded_mail():
    inner = MIMEMultipart()
    inner['From'] = 'kyoko@example.jp'
    inner['To'] = 'taro@example.jp'
    inner['Subject'] = Header('顧客リスト', 'utf-8')
    inner.attach(MIMEText('顧客の高橋美咲様（090-0000-3456）の件です。\n', 'plain', 'utf-8'))
    csv = MIMEBase('text', 'csv', charset='shift_jis')
    csv.set_payload(CSV_ROWS.encode('cp932'))
    encoders.encode_base64(csv)
    csv.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', '顧客.csv'))
    inner.attach(csv)
    outer = MIMEMultipart()
    outer['From'] = 'taro@example.jp'
    outer['To'] = 'partner@example.com'
    outer['Subject'] = 'Fwd: customer list'
    outer.attach(MIMEText('FYI\n', 'plain', 'us-ascii'))
    fwd = MIMEMessage(inner)
    fwd.add_header('Content-Disposition', 'attachment', filename='fwd.eml')
    outer.attach(fwd)
    write('forwarded.eml', outer.as_bytes(policy=policy.compat32))


def malformed():
    write('missing-boundary.eml', (
        'From: a@example.jp\r\nTo: b@example.com\r\nSubject: cut off\r\nMIME-Version: 1.0\r\n'
        'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
        '--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n最初のパート\r\n'
        '--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n電話 090-0000-1234 で途切れ'
    ).encode('utf-8'))
    write('bad-base64.eml', (
        'From: a@example.jp\r\nTo: b@example.com\r\nSubject: broken\r\nMIME-Version: 1.0\r\n'
        'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
        '--B\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        '5bGx55Sw5aSq6YOO!!!@@@***not base64 at all ~~~ \xe3\x81\x82\r\n'
        '--B\r\nContent-Type: application/pdf; name="broken.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        'JVBERi0xLjQK%%%%garbage####\r\n'
        '--B--\r\n'
    ).encode('utf-8'))


if __name__ == '__main__':
    archives()
    pdfs()
    iso2022jp_mail()
    shift_jis_as_latin1()
    eucjp_qp()
    html_mail()
    forwarded_mail()
    malformed()
    print('fixtures written to', OUT)
