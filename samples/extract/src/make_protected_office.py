#!/usr/bin/env python3
"""Writes protected-office.xlsx: the container Office produces for a password-protected OOXML file.

Office stores an encrypted .xlsx/.docx as an OLE Compound File (CFB v3) holding an `EncryptionInfo`
stream (agile encryption descriptor) and an `EncryptedPackage` stream (8-byte size + ciphertext).
No encryptor was available on the fixture machine (LibreOffice 7.4's UNO export ignores passwords
for OOXML, Debian's msoffcrypto-tool 5.0 only decrypts), so this writes that container directly;
the ciphertext is random bytes. `olefile` (Debian python3-olefile) reads it back as a check.

    python3 samples/extract/src/make_protected_office.py samples/extract/protected-office.xlsx
"""
import os
import struct
import sys

SECTOR = 512
END, FREE, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD

AGILE_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
    b'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
    b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
    b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
    b'<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
    b'<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
    b'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/>'
    b'</keyEncryptor></keyEncryptors></encryption>'
)


def dir_entry(name, kind, start, size, child=FREE, left=FREE, right=FREE):
    encoded = (name + '\0').encode('utf-16le') if name else b''
    entry = encoded.ljust(64, b'\0')
    entry += struct.pack('<HBB', len(encoded), kind, 1)  # name length, type, colour black
    entry += struct.pack('<III', left, right, child)
    entry += b'\0' * 16 + b'\0' * 4 + b'\0' * 16  # clsid, state bits, times
    entry += struct.pack('<IQ', start, size)
    return entry


def build():
    # Streams are kept at or above the 4096-byte mini-stream cutoff so they live in regular sectors.
    info = struct.pack('<HHI', 4, 4, 0x40) + AGILE_XML
    info = info.ljust(4096, b' ')
    package = struct.pack('<Q', 6000) + os.urandom(6144)
    streams = [('EncryptionInfo', info), ('EncryptedPackage', package)]

    sectors = []  # data sectors after the FAT sector (sector 0 = FAT)
    starts = []
    next_sector = 2  # 0: FAT, 1: directory
    chains = []
    for _, data in streams:
        count = (len(data) + SECTOR - 1) // SECTOR
        starts.append(next_sector)
        chains.append(list(range(next_sector, next_sector + count)))
        sectors.append(data.ljust(count * SECTOR, b'\0'))
        next_sector += count
    fat = [FREE] * (SECTOR // 4)
    fat[0] = FATSECT
    fat[1] = END
    for chain in chains:
        for i, s in enumerate(chain):
            fat[s] = chain[i + 1] if i + 1 < len(chain) else END
    directory = dir_entry('Root Entry', 5, END, 0, child=1)
    directory += dir_entry('EncryptionInfo', 2, starts[0], len(streams[0][1]), right=2)
    directory += dir_entry('EncryptedPackage', 2, starts[1], len(streams[1][1]))
    directory += dir_entry('', 0, FREE, 0)
    header = bytes.fromhex('D0CF11E0A1B11AE1') + b'\0' * 16
    header += struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6) + b'\0' * 6
    header += struct.pack('<IIIIIIIII', 0, 1, 1, 0, 4096, END, 0, END, 0)
    header += struct.pack('<I', 0) + struct.pack('<I', FREE) * 108
    assert len(header) == SECTOR
    return header + struct.pack('<128I', *fat) + directory + b''.join(sectors)


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else 'protected-office.xlsx'
    with open(out, 'wb') as f:
        f.write(build())
    try:
        import olefile
        ole = olefile.OleFileIO(out)
        print('streams:', ole.listdir())
    except ImportError:
        pass
