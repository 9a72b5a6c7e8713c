"""Breaks a good tagged PDF in one named way, for the tests that prove check-pdf catches each failure.

Usage: python3 break_pdf.py IN OUT MISTAKE
"""
import re
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name, String


def elements(pdf):
    """Every structure element, depth first."""
    out = []

    def walk(node):
        kids = node.get("/K")
        for kid in (kids if isinstance(kids, Array) else [kids] if kids is not None else []):
            if isinstance(kid, Dictionary) and kid.get("/Type") not in (Name.MCR, Name.OBJR) and "/S" in kid:
                out.append(kid)
                walk(kid)

    walk(pdf.Root.StructTreeRoot)
    return out


def first(pdf, role):
    return next(e for e in elements(pdf) if e.S == Name("/" + role))


def first_link(pdf):
    for page in pdf.pages:
        for annot in page.obj.get("/Annots") or []:
            if annot.get("/Subtype") == Name.Link:
                return page, annot
    raise SystemExit("no link annotation")


def rewrite_xmp(pdf, change):
    stream = pdf.Root.Metadata
    text = stream.read_bytes().decode("utf-8")
    stream.write(change(text).encode("utf-8"))


def append_content(pdf, operators):
    page = pdf.pages[0]
    page.contents_add(pdf.make_stream(operators.encode()), prepend=False)


def a_font(pdf):
    for page in pdf.pages:
        for _, font in page.obj.Resources.Font.items():
            return font
    raise SystemExit("no font")


MISTAKES = {
    "no-markinfo": lambda pdf: pdf.Root.__delattr__("MarkInfo"),
    "suspects": lambda pdf: pdf.Root.MarkInfo.__setattr__("Suspects", True),
    "no-lang": lambda pdf: pdf.Root.__delattr__("Lang"),
    "display-title-false": lambda pdf: pdf.Root.ViewerPreferences.__setattr__("DisplayDocTitle", False),
    "no-xmp": lambda pdf: pdf.Root.__delattr__("Metadata"),
    "xmp-bare-ampersand": lambda pdf: rewrite_xmp(pdf, lambda t: t.replace("<dc:format>", "<dc:format>A & B ", 1)),
    "no-pdfuaid": lambda pdf: rewrite_xmp(pdf, lambda t: re.sub(r"<pdfuaid:part>1</pdfuaid:part>", "", t)),
    "no-pdfaid": lambda pdf: rewrite_xmp(pdf, lambda t: re.sub(r"<pdfaid:part>\d</pdfaid:part>", "", t)),
    "info-title-differs": lambda pdf: pdf.docinfo.__setitem__("/Title", String("Another title")),
    "no-output-intent": lambda pdf: pdf.Root.__delattr__("OutputIntents"),
    "document-not-top": lambda pdf: first(pdf, "Document").__setattr__("S", Name.Sect),
    "nonstandard-type": lambda pdf: first(pdf, "P").__setattr__("S", Name("/Paragraph")),
    "heading-skipped": lambda pdf: first(pdf, "H2").__setattr__("S", Name.H3),
    "th-without-scope": lambda pdf: first(pdf, "TH").__delattr__("A"),
    "table-row-outside-table": lambda pdf: first(pdf, "Table").__setattr__("S", Name.Div),
    "list-item-outside-list": lambda pdf: first(pdf, "L").__setattr__("S", Name.Div),
    # A contents entry whose link sits straight in its TOCI, as the engine once wrote it.
    "toc-entry-without-reference": lambda pdf: first(pdf, "Reference").__setattr__("S", Name.Link),
    "figure-without-alt": lambda pdf: first(pdf, "Figure").__delattr__("Alt"),
    "figure-without-bbox": lambda pdf: first(pdf, "Figure").__delattr__("A"),
    "untagged-content": lambda pdf: append_content(pdf, "0 0 m 10 10 l S"),
    "artifact-in-tagged": lambda pdf: append_content(pdf, "/P <</MCID 999>> BDC /Artifact BMC 0 0 m 10 10 l S EMC EMC"),
    "unbalanced-marked-content": lambda pdf: append_content(pdf, "/Artifact BMC"),
    "no-struct-parents": lambda pdf: pdf.pages[0].obj.__delattr__("StructParents"),
    "link-without-contents": lambda pdf: first_link(pdf)[1].__delattr__("Contents"),
    "link-without-struct-parent": lambda pdf: first_link(pdf)[1].__delattr__("StructParent"),
    "no-tabs": lambda pdf: first_link(pdf)[0].obj.__delattr__("Tabs"),
    "font-without-tounicode": lambda pdf: a_font(pdf).__delattr__("ToUnicode"),
    "font-not-embedded": lambda pdf: a_font(pdf).DescendantFonts[0].FontDescriptor.__delattr__("FontFile2"),
    "embedded-file-without-relationship": lambda pdf: pdf.Root.AF[0].__delattr__("AFRelationship"),
}


def main():
    source, target, mistake = sys.argv[1:4]
    pdf = pikepdf.open(source)
    if mistake == "pdf-1.4":
        pdf.save(target, force_version="1.4", fix_metadata_version=False)
        return
    if mistake == "encrypted":
        pdf.save(target, fix_metadata_version=False, encryption=pikepdf.Encryption(owner="owner", user="", allow=pikepdf.Permissions(extract=False)))
        return
    MISTAKES[mistake](pdf)
    # pikepdf would otherwise rewrite the XMP packet with its own parser.
    pdf.save(target, fix_metadata_version=False)


if __name__ == "__main__":
    main()
