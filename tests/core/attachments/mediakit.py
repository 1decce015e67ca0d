"""Media files with known metadata, built without encoders (fictional values only)."""

from __future__ import annotations

import io
import random
import struct
import wave
from pathlib import Path

MARKER = b"ZQXJ-META-7731"  # appears in every metadata field written here


def pcm(seconds: float, rate: int = 8000, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(int(seconds * rate) * 2)


def chunk(cid: bytes, body: bytes) -> bytes:
    return cid + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")


def wav(path: Path, samples: bytes, rate: int = 8000, tags: bool = True) -> Path:
    """A mono 16-bit WAV; with ``tags``, LIST/INFO, bext and iXML chunks around the data."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples)
    riff = buffer.getvalue()
    fmt_and_data = riff[12:]
    extra = b""
    if tags:
        info = b"INFO" + chunk(b"INAM", MARKER + b" title\x00") + chunk(b"IART", MARKER + b"\x00")
        extra = (chunk(b"bext", MARKER + b" originator".ljust(602, b"\x00"))
                 + chunk(b"LIST", info) + chunk(b"iXML", b"<x>" + MARKER + b"</x>"))
    body = b"WAVE" + fmt_and_data[:24] + extra + fmt_and_data[24:]
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


def riff_chunks(data: bytes) -> list[bytes]:
    """The chunk ids of a RIFF file, read independently of the code under test."""
    ids, offset = [], 12
    while offset + 8 <= len(data):
        cid, size = struct.unpack("<4sI", data[offset:offset + 8])
        ids.append(cid)
        offset += 8 + size + (size & 1)
    return ids


# --- images ---------------------------------------------------------------------------------

XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
       b'22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
       b'dc:creator="' + MARKER + b'"/></rdf:RDF></x:xmpmeta>')


def picture(width: int = 64, height: int = 48, seed: int = 3) -> object:
    from PIL import Image

    rng = random.Random(seed)
    image = Image.new("RGB", (width, height))
    image.putdata([(rng.randrange(256), x * 4 % 256, y * 5 % 256)
                   for y in range(height) for x in range(width)])
    return image


def camera_exif(orientation: int = 6) -> object:
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "ZQXJ camera maker"  # Make
    exif[0x0110] = MARKER.decode()  # Model
    exif[0x0112] = orientation
    exif[0x0132] = "2016:03:01 10:00:00"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (43.0, 7.0, 0.0)  # fictional: Vladivostok's latitude
    gps[3], gps[4] = "E", (131.0, 53.0, 0.0)
    sub = exif.get_ifd(0x8769)
    sub[0x927C] = MARKER + b" maker note"
    sub[0x9003] = "2016:03:01 10:00:00"
    return exif


def jpeg(path: Path, orientation: int = 6) -> Path:
    """A baseline JPEG with EXIF (GPS, maker note), XMP, an ICC profile, a comment and a
    preview appended after the end of the image."""
    from PIL import ImageCms

    image = picture()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, exif=camera_exif(orientation), icc_profile=icc,
               comment=MARKER + b" comment", xmp=XMP)
    data = buffer.getvalue()
    path.write_bytes(data + b"\xff\xd8" + MARKER + b" trailing preview\xff\xd9")
    return path


def png(path: Path) -> Path:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", MARKER.decode())
    info.add_text("Comment", MARKER.decode() + " zipped", zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP.decode(), lang="en")
    picture().save(path, "PNG", pnginfo=info, exif=camera_exif(1))
    return path


# --- MP3 ------------------------------------------------------------------------------------

FRAME = b"\xff\xfb\x90\x00"  # MPEG-1 layer III, 128 kbit/s, 44.1 kHz, no padding: 417 bytes


def mp3(path: Path, frames: int = 200, seed: int = 5) -> Path:
    """MPEG frames (noise payload) with ID3v2.4, APEv2 and ID3v1 tags written by mutagen."""
    from mutagen.apev2 import APEv2
    from mutagen.id3 import APIC, COMM, ID3, TDRC, TIT2, TPE1

    rng = random.Random(seed)
    path.write_bytes(b"".join(FRAME + rng.randbytes(413) for _ in range(frames)))
    tags = ID3()
    tags.add(TIT2(encoding=3, text=MARKER.decode() + " title"))
    tags.add(TPE1(encoding=3, text=MARKER.decode()))
    tags.add(COMM(encoding=3, lang="eng", desc="", text=MARKER.decode() + " comment"))
    tags.add(TDRC(encoding=3, text="2016-03-01"))
    tags.add(APIC(encoding=3, mime="image/png", type=3, desc="cover", data=MARKER * 10))
    tags.save(path, v1=2)
    ape = APEv2()
    ape["Artist"] = MARKER.decode()
    ape.save(path)
    return path


# --- MP4 ------------------------------------------------------------------------------------


def atom(kind: bytes, *children: bytes) -> bytes:
    body = b"".join(children)
    return struct.pack(">I", 8 + len(body)) + kind + body


def full(kind: bytes, version_flags: int, body: bytes) -> bytes:
    return atom(kind, struct.pack(">I", version_flags) + body)


def m4a(path: Path, seconds: int = 4, seed: int = 9) -> Path:
    """A small AAC-in-MP4 layout (noise frames) with dates in mvhd/tkhd/mdhd, a QuickTime
    ``©xyz`` location in moov/udta, then iTunes tags added by mutagen."""
    from mutagen.mp4 import MP4

    rng = random.Random(seed)
    frames = [rng.randbytes(200) for _ in range(seconds * 43)]
    stamp = 3_600_000_000  # 2018, seconds since 1904
    mvhd = full(b"mvhd", 0, struct.pack(">IIII", stamp, stamp, 44100, 44100 * seconds)
                + struct.pack(">I", 0x00010000) + b"\x01\x00" + bytes(10)
                + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
                + bytes(24) + struct.pack(">I", 2))
    tkhd = full(b"tkhd", 7, struct.pack(">IIII", stamp, stamp, 1, 0) + struct.pack(
        ">I", 44100 * seconds) + bytes(8) + struct.pack(">hhh", 0, 0, 0x0100) + bytes(2)
        + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000) + bytes(8))
    mdhd = full(b"mdhd", 0, struct.pack(">IIII", stamp, stamp, 44100, 44100 * seconds)
                + b"\x55\xc4\x00\x00")
    hdlr = full(b"hdlr", 0, bytes(4) + b"soun" + bytes(12) + b"SoundHandler\x00")
    esds = full(b"esds", 0, bytes.fromhex("03190000000411400000000000000000000000000005"
                                          "021210060102"))
    mp4a = atom(b"mp4a", bytes(6) + struct.pack(">H", 1) + bytes(8)
                + struct.pack(">HHHHI", 2, 16, 0, 0, 44100 << 16), esds)
    stsd = full(b"stsd", 0, struct.pack(">I", 1) + mp4a)
    stts = full(b"stts", 0, struct.pack(">III", 1, len(frames), 1024))
    stsc = full(b"stsc", 0, struct.pack(">IIII", 1, 1, len(frames), 1))
    stsz = full(b"stsz", 0, struct.pack(">II", 0, len(frames))
                + b"".join(struct.pack(">I", len(f)) for f in frames))
    location = b"+43.1155+131.8855/"  # fictional: a Vladivostok street
    udta = atom(b"udta", atom(b"\xa9xyz", struct.pack(">HH", len(location), 0x15c7) + location))

    def build(offset: int) -> bytes:
        stco = full(b"stco", 0, struct.pack(">II", 1, offset))
        stbl = atom(b"stbl", stsd, stts, stsc, stsz, stco)
        minf = atom(b"minf", full(b"smhd", 0, bytes(4)),
                    atom(b"dinf", full(b"dref", 0, struct.pack(">I", 1)
                                       + full(b"url ", 1, b""))), stbl)
        trak = atom(b"trak", tkhd, atom(b"mdia", mdhd, hdlr, minf))
        return atom(b"moov", mvhd, trak, udta)

    ftyp = atom(b"ftyp", b"M4A " + struct.pack(">I", 0) + b"M4A isomiso2")
    moov_size = len(build(0))
    mdat = atom(b"mdat", *frames)
    path.write_bytes(ftyp + build(len(ftyp) + moov_size + 8) + mdat)
    tagged = MP4(path)
    tagged["\xa9nam"] = [MARKER.decode() + " title"]
    tagged["\xa9ART"] = [MARKER.decode()]
    tagged["\xa9day"] = ["2016-03-01"]
    tagged.save()
    return path


# --- Ogg ------------------------------------------------------------------------------------


def ogg(path: Path, opus: bool = False, seconds: int = 3, seed: int = 11,
        setup: int = 3000) -> Path:
    """An Ogg Vorbis (or Opus) stream laid out as encoders do (noise packets), with
    comments added by mutagen."""
    from mutagen.ogg import OggPage
    from mutagen.oggopus import OggOpus
    from mutagen.oggvorbis import OggVorbis

    rng = random.Random(seed)
    if opus:
        ident = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, 312, 48000, 0, 0)
        headers = [b"OpusTags" + struct.pack("<I", 5) + b"tests" + struct.pack("<I", 0)]
        rate = 48000
    else:
        ident = (b"\x01vorbis" + struct.pack("<IBIiii", 0, 1, 44100, 0, 64000, 0)
                 + b"\xb8\x01")
        headers = [b"\x03vorbis" + struct.pack("<I", 5) + b"tests" + struct.pack("<I", 0)
                   + b"\x01", b"\x05vorbis" + rng.randbytes(setup)]
        rate = 44100
    pages = [_page(0, [ident], 0, 0x02)]
    pages += OggPage.from_packets(headers, sequence=1)
    for page in pages[1:]:
        page.serial = 0x5EED
    per_page = rate // 10
    for n in range(seconds * 10):
        last = n == seconds * 10 - 1
        pages.append(_page(len(pages), [rng.randbytes(300) for _ in range(4)],
                           (n + 1) * per_page + (312 if opus else 0), 0x04 if last else 0))
    path.write_bytes(b"".join(OggPage.write(p) for p in pages))
    tagged = OggOpus(path) if opus else OggVorbis(path)
    tagged["TITLE"] = [MARKER.decode() + " title"]
    tagged["ARTIST"] = [MARKER.decode()]
    tagged["LOCATION"] = ["Vladivostok"]
    tagged.save()
    return path


def _page(sequence: int, packets: list[bytes], granule: int, flags: int) -> object:
    from mutagen.ogg import OggPage

    page = OggPage()
    page.serial, page.sequence, page.position = 0x5EED, sequence, granule
    page.first, page.last = bool(flags & 0x02), bool(flags & 0x04)
    page.packets = packets
    page.complete = True
    return page


def heic(path: Path, orientation: int = 6) -> Path:
    """A HEIC photo (encoded by pillow-heif/libheif) with EXIF (camera, GPS, maker note) and
    XMP holding MARKER; ``orientation`` 6 is stored as a 90° rotation property."""
    import pillow_heif

    exif = camera_exif(orientation)
    out = io.BytesIO()
    pillow_heif.from_pillow(picture()).save(out, quality=60, exif=exif.tobytes(),  # type: ignore[attr-defined]
                                            xmp=XMP)
    path.write_bytes(out.getvalue())
    return path
