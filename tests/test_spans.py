"""Chunks as byte spans of the order file: a worker reads its chunk from the file
itself, and gets exactly the text the parent cut (so exactly the rows one process
reading the whole file gets), in every encoding the spans are used for."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from screen.cli import app
from screen.errors import InputError
from screen.io.chunks import read_span, span_codec
from screen.io.orders import OrderFile, open_orders, parse_text

HEADER = "order_id,description,consignee,country\n"
BODIES = [
    "1,green tea,Acme,JP\n2,robots,Baltic,DE\n3,chairs,Tea House,FR\n",
    '1,"green\ntea",Acme,JP\n2,"12"" pipe",Baltic,DE\r\n3,x,y,FR\n',  # quoted line ends
    '1,"Müller\nGmbH, Köln",Acme,DE\n2,カメラ,東京商事,JP\n3,"a\r\nb",c,FR',  # no final end
    '1,5" bolts,Acme,JP\n2,"unterminated,x,y\n3,a,b,c\n',  # a stray and an open quote
    "1,a\r\n2,b,c,d\r3,e,f,g\n\n5,g,h,i\n",  # CRLF, a bare CR, an empty line, ragged
]


def write(tmp_path: Path, text: str, encoding: str) -> Path:
    path = tmp_path / "orders.csv"
    path.write_bytes(text.encode(encoding, "surrogateescape"))
    return path


def spans_and_chunks(
    path: Path, block: int, encoding: str | None = None
) -> tuple[list[str], list[str]]:
    """The texts the workers read from the spans, and the texts the parent cut;
    the rows read from the spans are checked against one reader's."""
    with open_orders(str(path), encoding) as source:
        found = source.spans(block)
        assert found is not None
        spans = list(found)
        codec = span_codec(source.encoding)
        assert codec is not None
        read = [read_span(source.raw.fileno(), span, codec, "orders.csv") for span in spans]
    with open_orders(str(path), encoding) as source:
        cut = list(source.raw_chunks(block))
    with open_orders(str(path), encoding) as source:
        rows = list(source.rows())
    assert [(c.first_row, c.first_line) for c in read] == [(c.first_row, c.first_line) for c in cut]
    assert [row for chunk in read for row in parse_text(chunk)] == rows  # numbers included
    return [c.text for c in read], [c.text for c in cut]


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("block", [1, 7, 29, 4096])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_spans_read_back_the_chunks_cut(tmp_path, body: str, block: int, encoding: str) -> None:
    if encoding == "cp1252":
        body = body.encode("cp1252", "replace").decode("cp1252")  # no CJK in CP1252
    path = write(tmp_path, HEADER + body, encoding)
    read, cut = spans_and_chunks(path, block)
    assert read == cut


def test_undecodable_bytes_stay_as_they_were_read(tmp_path) -> None:
    """Bytes that are not UTF-8 are kept as lone surrogates: the span of a row
    holding them decodes to the same text (and the same error row)."""
    path = tmp_path / "orders.csv"
    good = "2,café,Baltic,JP\n".encode() * 50
    path.write_bytes(HEADER.encode() + good + b"1,caf\xe9 au lait,Acme,FR\n" + good)
    read, cut = spans_and_chunks(path, 64)
    assert read == cut and any("\udce9" in text for text in read)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "é", "東", ",", '"', '""', "\n", "\r\n", "1,a,b,c\n", "\udcff"]),
        max_size=50,
    ).map("".join),
    st.integers(min_value=1, max_value=40),
)
def test_any_text_reads_back_from_its_spans(body: str, block: int) -> None:
    import tempfile

    if not body.strip():
        return
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), HEADER + body, "utf-8")
        read, cut = spans_and_chunks(path, block, "utf-8")  # too short to tell its encoding
    assert read == cut


@pytest.mark.parametrize(
    ("encoding", "codec"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8"),  # the mark is in the header, before every span
        ("cp1252", "cp1252"),
        ("latin-1", "iso8859-1"),
        ("cp1251", "cp1251"),
        ("koi8-r", "koi8-r"),
        ("utf-16", None),  # two bytes a character: a line end's byte may be half of one
        ("cp932", None),  # a second byte may be a delimiter ('|' is 0x7C)
        ("gb18030", None),
        ("iso2022_jp", None),  # stateful: a chunk does not decode alone
    ],
)
def test_span_codec(encoding: str, codec: str | None) -> None:
    assert span_codec(encoding) == codec


def test_no_spans_without_a_regular_file(tmp_path) -> None:
    in_memory = OrderFile(io.BytesIO((HEADER + BODIES[0]).encode()), "t.csv", None, None)
    assert in_memory.spans(1024) is None
    with open_orders(str(write(tmp_path, HEADER + BODIES[0], "utf-16"))) as source:
        assert source.spans(1024) is None  # read as text, chunks sent as text


def test_a_file_changed_under_the_run_is_an_error(tmp_path) -> None:
    path = write(tmp_path, HEADER + BODIES[0] * 20, "utf-8")
    with open_orders(str(path)) as source:
        spans = list(source.spans(64) or [])
        path.write_bytes(path.read_bytes()[:100])  # cut short meanwhile
        with pytest.raises(InputError, match="changed while it was being screened"):
            for span in spans:
                read_span(source.raw.fileno(), span, "utf-8", str(path))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_workers_reading_spans_write_what_one_process_writes(
    tmp_path, monkeypatch, encoding: str
) -> None:
    import screen.runs.workers

    monkeypatch.setattr(screen.runs.workers, "CHUNK_CHARS", 97)  # many chunks
    monkeypatch.setattr(screen.runs.workers, "SMALL_CHUNKS", 0)
    rows = [
        '1,"industrial\nrobot",Acme,RU\n',
        "2,green tea,Sberbank,JP\n",
        '3,"Käse, 10 kg",Müller GmbH,DE\r\n',
        "4,wooden toys,Baltic Trading,FR\n",
    ]
    path = write(tmp_path, HEADER + "".join(rows) * 30, encoding)
    runner = CliRunner()
    outputs = []
    for workers in ("1", "2"):
        args = ["batch", str(path), "-q", "--no-record", "--workers", workers]
        result = runner.invoke(app, [*args, "--encoding", encoding])
        assert result.exit_code == 1, result.output
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count("blocked") == 60  # the robot to Russia and Sberbank, each time


@pytest.mark.parametrize(
    ("out_encoding", "name"),
    [
        ("utf-8", "Müller 東京"),
        ("utf-8-sig", "Müller 東京"),
        ("cp1252", "Müller GmbH"),
        ("shift_jis", "東京商事"),
    ],
)
def test_workers_write_what_one_process_writes_in_each_output_encoding(
    tmp_path, monkeypatch, out_encoding: str, name: str
) -> None:
    """Workers send UTF-8 output as bytes (`pipeline._binary_codec`), other output
    encodings as text: the file is the same byte for byte either way, the header and
    the byte-order mark written once, before the first chunk."""
    import screen.runs.workers

    monkeypatch.setattr(screen.runs.workers, "CHUNK_CHARS", 97)  # many chunks
    monkeypatch.setattr(screen.runs.workers, "SMALL_CHUNKS", 0)
    rows = ["1,green tea,Acme,JP\n", f"2,industrial robot,{name},RU\n", "3,tea,Baltic,DE\n"]
    path = write(tmp_path, HEADER + "".join(rows) * 20, "utf-8")
    runner = CliRunner()
    outputs = []
    for workers in ("1", "2"):
        target = tmp_path / f"out-{workers}.csv"
        args = ["batch", str(path), "-q", "--no-record", "--workers", workers, "-o", str(target)]
        result = runner.invoke(app, [*args, "--output-encoding", out_encoding])
        assert result.exit_code == 1, result.output
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\xef\xbb\xbf") == (out_encoding == "utf-8-sig")
    assert outputs[0].decode(out_encoding).count(name) == 20


@pytest.mark.parametrize(
    ("encoding", "newline", "codec"),
    [
        ("utf-8", "", "utf-8"),
        ("UTF8", "", "utf-8"),
        ("utf-8-sig", "", "utf-8"),  # the mark is the header's, before any chunk
        ("utf-8", None, "utf-8"),  # line ends translated to os.linesep: "\n" here
        ("cp1252", "", None),  # encoded by the parent's writer, as before
        ("shift_jis", "", None),
    ],
)
def test_binary_codec(tmp_path, encoding: str, newline: str | None, codec: str | None) -> None:
    from screen.runs.pipeline import _binary_codec

    with open(tmp_path / "out.csv", "w", encoding=encoding, newline=newline) as stream:
        found = _binary_codec(stream)
        assert (found and found[1]) == codec
        assert found is None or found[0] is stream.buffer
    assert _binary_codec(io.StringIO()) is None  # no bytes under it


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("a,b\n", "utf-8", b"a,b\n"),
        ("Müller\n", "utf-8", "Müller\n".encode()),
        ("a,b\n", None, "a,b\n"),
        ("caf\udce9\n", "utf-8", "caf\udce9\n"),  # a lone surrogate: left to the writer
    ],
)
def test_a_chunk_is_sent_encoded_when_it_encodes(text: str, codec, expected) -> None:
    from screen.runs.workers import encoded

    assert encoded(text, codec) == expected
