"""Reads the facts of a PDF that the accessibility and archival checks judge, and prints them as JSON.

Usage: python3 pdf_facts.py FILE
Prints one JSON object on stdout (see src/check-pdf/facts.ts for its shape), or exits 3 with a one-line
reason on stderr when the file is not a PDF pikepdf (qpdf) can open. Judging is done in TypeScript;
this script only reads, so that each rule stays a small module with its own test.
"""
import json
import re
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, String

TEXT_SHOW = {"Tj", "TJ", "'", '"'}
PATH_PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"}
SHADING = {"sh"}


def text(value):
    if value is None:
        return None
    if isinstance(value, String):
        return str(value)
    if isinstance(value, Name):
        return str(value)[1:]
    return str(value)


def name(value):
    return str(value)[1:] if isinstance(value, Name) else None


def objid(obj):
    try:
        num, gen = obj.objgen
        return f"{num} {gen}" if num else None
    except Exception:
        return None


def get(dictionary, key):
    try:
        return dictionary.get(key)
    except Exception:
        return None


def number_list(value):
    try:
        return [float(v) for v in value]
    except Exception:
        return None


class Reader:
    def __init__(self, pdf):
        self.pdf = pdf
        self.page_index = {}
        for i, page in enumerate(pdf.pages):
            self.page_index[objid(page.obj)] = i
        self.fonts = {}
        self.font_codes = {}
        self.problems = []

    # --- structure tree -------------------------------------------------------------
    def attributes(self, element):
        out = {}
        a = get(element, "/A")
        items = a if isinstance(a, Array) else [a] if a is not None else []
        for item in items:
            if isinstance(item, Dictionary):
                for key in item.keys():
                    v = item[key]
                    if isinstance(v, Name):
                        out[key[1:]] = str(v)[1:]
                    elif isinstance(v, Array):
                        out[key[1:]] = number_list(v)
                    elif isinstance(v, (int, float, bool)):
                        out[key[1:]] = v
                    else:
                        try:
                            out[key[1:]] = float(v)
                        except Exception:
                            out[key[1:]] = text(v)
        return out

    def page_of(self, obj):
        if obj is None:
            return None
        return self.page_index.get(objid(obj))

    def element(self, el, default_page, seen, depth):
        ident = objid(el)
        if ident in seen or depth > 200:
            self.problems.append("the structure tree has a cycle")
            return None
        seen.add(ident)
        page = self.page_of(get(el, "/Pg"))
        if page is None:
            page = default_page
        node = {
            "id": ident,
            "type": name(get(el, "/S")) or "",
            "kids": [],
        }
        for key, field in (("/Alt", "alt"), ("/ActualText", "actualText"), ("/Lang", "lang"), ("/E", "expansion")):
            v = get(el, key)
            if v is not None:
                node[field] = text(v)
        attributes = self.attributes(el)
        if attributes:
            node["attributes"] = attributes
        kids = get(el, "/K")
        kid_list = kids if isinstance(kids, Array) else [] if kids is None else [kids]
        for kid in kid_list:
            if isinstance(kid, int) or (not isinstance(kid, Dictionary) and hasattr(kid, "__int__") and not isinstance(kid, (Stream, Array))):
                node["kids"].append({"mcid": int(kid), "page": page})
            elif isinstance(kid, Dictionary):
                kind = name(get(kid, "/Type"))
                if kind == "MCR":
                    p = self.page_of(get(kid, "/Pg"))
                    node["kids"].append({"mcid": int(get(kid, "/MCID")), "page": page if p is None else p})
                elif kind == "OBJR":
                    p = self.page_of(get(kid, "/Pg"))
                    target = get(kid, "/Obj")
                    node["kids"].append({"objr": objid(target), "page": page if p is None else p, "subtype": name(get(target, "/Subtype")) if isinstance(target, Dictionary) else None})
                else:
                    child = self.element(kid, page, seen, depth + 1)
                    if child is not None:
                        node["kids"].append(child)
        return node

    def structure(self, root):
        tree = get(root, "/StructTreeRoot")
        if not isinstance(tree, Dictionary):
            return None, {}, {}
        role_map = {}
        rm = get(tree, "/RoleMap")
        if isinstance(rm, Dictionary):
            for key in rm.keys():
                role_map[key[1:]] = name(rm[key]) or text(rm[key])
        kids = get(tree, "/K")
        kid_list = kids if isinstance(kids, Array) else [] if kids is None else [kids]
        seen = set()
        top = []
        for kid in kid_list:
            if isinstance(kid, Dictionary):
                child = self.element(kid, None, seen, 0)
                if child is not None:
                    top.append(child)
        parent_tree = {}
        pt = get(tree, "/ParentTree")
        if isinstance(pt, Dictionary):
            try:
                for key, value in pikepdf.NumberTree(pt).items():
                    if isinstance(value, Array):
                        parent_tree[str(key)] = [objid(v) if isinstance(v, Dictionary) else None for v in value]
                    elif isinstance(value, Dictionary):
                        parent_tree[str(key)] = objid(value)
                    else:
                        parent_tree[str(key)] = None
            except Exception as error:  # a broken number tree is a finding, not a crash
                self.problems.append(f"the ParentTree cannot be read ({error})")
        return top, role_map, parent_tree

    # --- content streams ------------------------------------------------------------
    def note_font(self, font):
        ident = objid(font) or f"direct-{id(font)}"
        if ident in self.fonts:
            return ident
        subtype = name(get(font, "/Subtype"))
        base = name(get(font, "/BaseFont")) or ""
        descriptor = get(font, "/FontDescriptor")
        two_byte = False
        if subtype == "Type0":
            descendants = get(font, "/DescendantFonts")
            if isinstance(descendants, Array) and len(descendants) > 0:
                descriptor = get(descendants[0], "/FontDescriptor")
            two_byte = name(get(font, "/Encoding")) in ("Identity-H", "Identity-V")
        embedded = isinstance(descriptor, Dictionary) and any(get(descriptor, k) is not None for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        to_unicode = get(font, "/ToUnicode")
        mapping = parse_to_unicode(to_unicode) if isinstance(to_unicode, Stream) else None
        self.fonts[ident] = {
            "id": ident,
            "name": base,
            "subtype": subtype,
            "embedded": embedded or subtype == "Type3",
            "toUnicode": mapping is not None,
            "twoByte": two_byte,
            "_map": mapping or {},
        }
        self.font_codes[ident] = set()
        return ident

    def note_codes(self, font_id, operands):
        if font_id is None:
            return
        two = self.fonts[font_id]["twoByte"]
        codes = self.font_codes[font_id]
        for op in operands:
            strings = [op] if isinstance(op, String) else [s for s in op if isinstance(s, String)] if isinstance(op, Array) else []
            for s in strings:
                raw = bytes(s)
                if two:
                    codes.update(int.from_bytes(raw[i:i + 2], "big") for i in range(0, len(raw) - 1, 2))
                else:
                    codes.update(raw)

    def content(self, owner, resources, depth=0):
        """Walks one content stream; returns counts of painted pieces by how they are marked."""
        result = {"mcids": [], "untagged": {}, "artifactInTagged": 0, "taggedInArtifact": 0, "unbalanced": 0}
        if depth > 10:
            return result
        try:
            instructions = pikepdf.parse_content_stream(owner)
        except Exception as error:
            self.problems.append(f"a content stream cannot be parsed ({error})")
            return result
        stack = []  # each: ("mcid", n) | ("artifact",) | ("other",)
        font_id = None
        fonts = get(resources, "/Font") if isinstance(resources, Dictionary) else None
        xobjects = get(resources, "/XObject") if isinstance(resources, Dictionary) else None

        def state():
            tagged = any(m[0] == "mcid" for m in stack)
            artifact = any(m[0] == "artifact" for m in stack)
            return tagged, artifact

        def painted(kind):
            tagged, artifact = state()
            if not tagged and not artifact:
                result["untagged"][kind] = result["untagged"].get(kind, 0) + 1

        for instruction in instructions:
            op = str(instruction.operator)
            operands = getattr(instruction, "operands", [])
            if op in ("BDC", "BMC"):
                tag = name(operands[0]) if operands else None
                props = operands[1] if op == "BDC" and len(operands) > 1 else None
                if isinstance(props, Name) and isinstance(resources, Dictionary):
                    props = get(get(resources, "/Properties") or Dictionary(), str(props))
                mcid = get(props, "/MCID") if isinstance(props, Dictionary) else None
                tagged, artifact = state()
                if tag == "Artifact":
                    if tagged:
                        result["artifactInTagged"] += 1
                    stack.append(("artifact",))
                elif mcid is not None:
                    if artifact:
                        result["taggedInArtifact"] += 1
                    result["mcids"].append({"mcid": int(mcid), "tag": tag})
                    stack.append(("mcid", int(mcid)))
                else:
                    stack.append(("other",))
            elif op == "EMC":
                if stack:
                    stack.pop()
                else:
                    result["unbalanced"] += 1
            elif op == "Tf" and operands and isinstance(fonts, Dictionary):
                font = get(fonts, str(operands[0]))
                font_id = self.note_font(font) if isinstance(font, Dictionary) else None
            elif op in TEXT_SHOW:
                self.note_codes(font_id, operands)
                painted("text")
            elif op in PATH_PAINT or op in SHADING:
                painted("path")
            elif op == "BI" or op == "INLINE IMAGE":
                painted("image")
            elif op == "Do" and operands and isinstance(xobjects, Dictionary):
                xobject = get(xobjects, str(operands[0]))
                subtype = name(get(xobject, "/Subtype")) if isinstance(xobject, Stream) else None
                tagged, artifact = state()
                if subtype == "Form" and not tagged and not artifact:
                    inner = self.content(xobject, get(xobject, "/Resources") or resources, depth + 1)
                    for kind, count in inner["untagged"].items():
                        result["untagged"][kind] = result["untagged"].get(kind, 0) + count
                    result["mcids"].extend(inner["mcids"])
                elif subtype == "Form":
                    self.fonts_of(get(xobject, "/Resources"))
                else:
                    painted("image")
        result["unbalanced"] += len(stack)
        return result

    def fonts_of(self, resources):
        fonts = get(resources, "/Font") if isinstance(resources, Dictionary) else None
        if isinstance(fonts, Dictionary):
            for key in fonts.keys():
                if isinstance(fonts[key], Dictionary):
                    self.note_font(fonts[key])

    def pages(self):
        out = []
        for i, page in enumerate(self.pdf.pages):
            obj = page.obj
            annots = []
            for annot in get(obj, "/Annots") or []:
                if not isinstance(annot, Dictionary):
                    continue
                sp = get(annot, "/StructParent")
                annots.append({
                    "id": objid(annot),
                    "subtype": name(get(annot, "/Subtype")),
                    "structParent": int(sp) if sp is not None else None,
                    "contents": text(get(annot, "/Contents")),
                    "rect": number_list(get(annot, "/Rect")),
                    "uri": text(get(get(annot, "/A"), "/URI")) if isinstance(get(annot, "/A"), Dictionary) else None,
                })
            sp = get(obj, "/StructParents")
            walked = self.content(page, get(obj, "/Resources"))
            out.append({
                "index": i,
                "structParents": int(sp) if sp is not None else None,
                "tabs": name(get(obj, "/Tabs")),
                "annots": annots,
                **walked,
            })
        return out


CODE = re.compile(rb"<([0-9A-Fa-f\s]+)>")


def parse_to_unicode(stream):
    """Source code → Unicode text, from a ToUnicode CMap's bfchar and bfrange sections."""
    try:
        data = stream.read_bytes()
    except Exception:
        return None
    mapping = {}

    def decode(hexes):
        raw = bytes.fromhex(re.sub(rb"\s", b"", hexes).decode())
        try:
            return raw.decode("utf-16-be")
        except Exception:
            return ""

    for section in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        pairs = CODE.findall(section)
        for a, b in zip(pairs[0::2], pairs[1::2]):
            mapping[int(re.sub(rb"\s", b"", a), 16)] = decode(b)
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for line in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f\s]+>)", section):
            lo, hi, target = int(line[0], 16), int(line[1], 16), line[2]
            if hi - lo > 65535:
                continue
            if target.startswith(b"["):
                for offset, dst in enumerate(CODE.findall(target)):
                    mapping[lo + offset] = decode(dst)
            else:
                base = bytes.fromhex(re.sub(rb"\s", b"", target[1:-1]).decode())
                for offset in range(hi - lo + 1):
                    value = int.from_bytes(base, "big") + offset
                    try:
                        mapping[lo + offset] = value.to_bytes(len(base), "big").decode("utf-16-be")
                    except Exception:
                        mapping[lo + offset] = ""
    return mapping


def read(path):
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        return {"encrypted": True, "needsPassword": True}
    root = pdf.Root
    reader = Reader(pdf)
    mark_info = get(root, "/MarkInfo")
    prefs = get(root, "/ViewerPreferences")
    tree, role_map, parent_tree = reader.structure(root)
    pages = reader.pages()
    for page in pdf.pages:
        reader.fonts_of(get(page.obj, "/Resources"))
    fonts = []
    for ident, font in reader.fonts.items():
        codes = reader.font_codes.get(ident, set())
        mapping = font.pop("_map")
        unmapped = sorted(c for c in codes if not mapping.get(c) or mapping.get(c) in ("\ufffd", "\x00"))
        font["codesUsed"] = len(codes)
        font["unmapped"] = unmapped[:20]
        font["unmappedCount"] = len(unmapped)
        fonts.append(font)
    info = {}
    try:
        for key, value in pdf.docinfo.items():
            info[key[1:]] = text(value)
    except Exception:
        pass
    xmp = None
    metadata = get(root, "/Metadata")
    if isinstance(metadata, Stream):
        try:
            xmp = metadata.read_bytes().decode("utf-8", "replace")
        except Exception:
            xmp = None
    intents = []
    for intent in get(root, "/OutputIntents") or []:
        if isinstance(intent, Dictionary):
            profile = get(intent, "/DestOutputProfile")
            intents.append({
                "subtype": name(get(intent, "/S")),
                "condition": text(get(intent, "/OutputConditionIdentifier")),
                "profile": isinstance(profile, Stream),
                "components": int(get(profile, "/N")) if isinstance(profile, Stream) and get(profile, "/N") is not None else None,
            })
    af_ids = {objid(f) for f in (get(root, "/AF") or []) if isinstance(f, Dictionary)}
    files = []
    names = get(root, "/Names")
    embedded = get(names, "/EmbeddedFiles") if isinstance(names, Dictionary) else None
    if isinstance(embedded, Dictionary):
        try:
            for key, spec in pikepdf.NameTree(embedded).items():
                ef = get(spec, "/EF")
                stream = get(ef, "/F") if isinstance(ef, Dictionary) else None
                files.append({
                    "name": str(key),
                    "f": text(get(spec, "/F")),
                    "uf": text(get(spec, "/UF")),
                    "relationship": name(get(spec, "/AFRelationship")),
                    "mimeType": name(get(stream, "/Subtype")) if isinstance(stream, Stream) else None,
                    "inAF": objid(spec) in af_ids,
                    "description": text(get(spec, "/Desc")),
                })
        except Exception as error:
            reader.problems.append(f"the embedded files cannot be read ({error})")
    encrypt = pdf.trailer.get("/Encrypt")
    return {
        "version": pdf.pdf_version,
        "encrypted": pdf.is_encrypted or encrypt is not None,
        "permissions": {"extract": pdf.allow.extract if pdf.is_encrypted else True},
        "catalog": {
            "marked": bool(get(mark_info, "/Marked")) if isinstance(mark_info, Dictionary) and get(mark_info, "/Marked") is not None else None,
            "suspects": bool(get(mark_info, "/Suspects")) if isinstance(mark_info, Dictionary) and get(mark_info, "/Suspects") is not None else False,
            "lang": text(get(root, "/Lang")),
            "displayDocTitle": bool(get(prefs, "/DisplayDocTitle")) if isinstance(prefs, Dictionary) and get(prefs, "/DisplayDocTitle") is not None else None,
            "tagged": tree is not None,
        },
        "info": info,
        "xmp": xmp,
        "outputIntents": intents,
        "embeddedFiles": files,
        "roleMap": role_map,
        "structure": tree,
        "parentTree": parent_tree,
        "pages": pages,
        "fonts": fonts,
        "problems": reader.problems,
    }


def main():
    if len(sys.argv) != 2:
        print("usage: pdf_facts.py FILE", file=sys.stderr)
        sys.exit(2)
    try:
        facts = read(sys.argv[1])
    except pikepdf.PdfError as error:
        reason = str(error).splitlines()[0] if str(error) else "unknown error"
        reason = reason[len(sys.argv[1]) + 2:] if reason.startswith(sys.argv[1] + ": ") else reason
        print(f"not a readable PDF ({reason})", file=sys.stderr)
        sys.exit(3)
    except FileNotFoundError:
        print("no such file", file=sys.stderr)
        sys.exit(3)
    except IsADirectoryError:
        print("a folder, not a PDF file", file=sys.stderr)
        sys.exit(3)
    json.dump(facts, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main()
