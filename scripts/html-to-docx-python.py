#!/usr/bin/env python3
"""Writes a .docx from one of the house-style HTML sources with python-docx (Debian: python3-docx), laid
out the way an office script would: Heading styles, 'List Bullet' / 'List Number' paragraphs (numbering
comes from the style, not the paragraph), 'Table Grid' tables with merged cells, bold and italic runs, a
soft line break for <br>. The third producer next to pandoc and LibreOffice.
Usage: html-to-docx-python.py IN.html OUT.docx"""
import sys
from html.parser import HTMLParser

import docx
from docx.enum.text import WD_BREAK

VOID = {"br", "meta", "hr", "img"}
BLOCKS = {"h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "table", "tr", "td", "th", "div"}


class Element:
    def __init__(self, tag, attrs):
        self.tag, self.attrs, self.children = tag, dict(attrs), []


class TreeBuilder(HTMLParser):
    """The HTML as a tree of Elements and text (the sources are simple, well-formed HTML)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("root", [])
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs)
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def inline(paragraph, node, bold=False, italic=False):
    """Runs for the text of a node; bold and italic as the tags around it say."""
    for child in node.children:
        if isinstance(child, str):
            text = " ".join(child.split())
            if child[:1].isspace() and text:
                text = " " + text
            if child[-1:].isspace() and text:
                text = text + " "
            if text.strip():
                run = paragraph.add_run(text)
                run.bold = bold or None
                run.italic = italic or None
        elif child.tag == "br":
            paragraph.add_run().add_break(WD_BREAK.LINE)
        elif child.tag in ("strong", "b"):
            inline(paragraph, child, True, italic)
        elif child.tag in ("em", "i"):
            inline(paragraph, child, bold, True)
        elif child.tag not in BLOCKS:
            inline(paragraph, child, bold, italic)


class Container:
    """Where paragraphs go: the document, or a table cell (whose first paragraph exists already)."""

    def __init__(self, target, cell=False):
        self.target, self.fresh = target, cell

    def paragraph(self, style=None):
        if self.fresh:
            self.fresh = False
            paragraph = self.target.paragraphs[0]
            if style:
                paragraph.style = style
            return paragraph
        return self.target.add_paragraph(style=style)


def has_blocks(node):
    return any(not isinstance(child, str) and child.tag in BLOCKS for child in node.children)


def blocks(container, node, document, depth=0, bold=False):
    for child in node.children:
        if isinstance(child, str):
            if child.strip():
                run = container.paragraph().add_run(" ".join(child.split()))
                run.bold = bold or None
            continue
        tag = child.tag
        if tag in ("head", "title", "meta", "style", "script"):
            continue
        if tag in ("h1", "h2", "h3", "h4"):
            inline(container.paragraph("Heading %s" % tag[1]), child)
        elif tag == "p":
            inline(container.paragraph(), child, bold)
        elif tag in ("ul", "ol"):
            base = "List Bullet" if tag == "ul" else "List Number"
            style = base if depth == 0 else "%s %d" % (base, min(depth + 1, 3))
            for item in child.children:
                if isinstance(item, str) or item.tag != "li":
                    continue
                inline(container.paragraph(style), item, bold)
                for nested in item.children:
                    if not isinstance(nested, str) and nested.tag in ("ul", "ol"):
                        blocks(container, wrap(nested), document, depth + 1, bold)
        elif tag == "table":
            table_of(container, child, document)
        elif tag in ("div", "body", "html", "section"):
            blocks(container, child, document, depth, bold)
        else:
            inline(container.paragraph(), child, bold)


def wrap(element):
    holder = Element("div", [])
    holder.children.append(element)
    return holder


def rows_of(table):
    found = []
    for child in table.children:
        if isinstance(child, str):
            continue
        if child.tag == "tr":
            found.append([cell for cell in child.children if not isinstance(cell, str) and cell.tag in ("td", "th")])
        elif child.tag in ("thead", "tbody", "tfoot"):
            found.extend(rows_of(child))
    return found


def table_of(container, node, document):
    rows = rows_of(node)
    columns = max(sum(int(cell.attrs.get("colspan", "1")) for cell in row) for row in rows)
    # The document and a table cell both add tables (a table in a cell is a nested table).
    table = container.target.add_table(len(rows), columns)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            span = int(cell.attrs.get("colspan", "1"))
            target_cell = table.cell(r, c)
            if span > 1:
                target_cell = target_cell.merge(table.cell(r, c + span - 1))
            header = cell.tag == "th"
            inner = Container(target_cell, cell=True)
            if has_blocks(cell):
                blocks(inner, cell, document, bold=header)
            else:
                inline(inner.paragraph(), cell, header)
            c += span


def main(source, target):
    builder = TreeBuilder()
    with open(source, encoding="utf-8") as handle:
        builder.feed(handle.read())
    document = docx.Document()
    body = next((child for child in builder.root.children if not isinstance(child, str) and child.tag == "html"), builder.root)
    blocks(Container(document), body, document)
    document.core_properties.author = "Profielwijzer fixtures"
    document.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
