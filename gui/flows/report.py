"""Reports of a flow run: the storyboard (index.html beside the step pictures) and JUnit XML."""

from __future__ import annotations

import html
import os
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

from gui.flows.model import shown_path
from gui.flows.runner import FlowResult

STATUS_WORD = {"passed": "passed", "failed": "FAILED", "skipped": "skipped",
               "warned": "failed (optional)"}


def _classname(path: Path) -> str:
    rel = shown_path(path)
    return rel.removesuffix(".yaml").removesuffix(".yml").replace(os.sep, ".").lstrip(".")


def write_junit(results: list[FlowResult], target: Path) -> Path:
    """One testsuite, one testcase per flow; a failed flow carries its message."""
    failures = sum(1 for r in results if not r.passed and not r.error)
    errors = sum(1 for r in results if r.error)
    total = sum(r.seconds for r in results)
    suites = ET.Element("testsuites", name="flows", tests=str(len(results)),
                        failures=str(failures), errors=str(errors), time=f"{total:.3f}")
    suite = ET.SubElement(suites, "testsuite", name="flows", tests=str(len(results)),
                          failures=str(failures), errors=str(errors), skipped="0",
                          time=f"{total:.3f}",
                          timestamp=datetime.now().replace(microsecond=0).isoformat())
    for r in results:
        case = ET.SubElement(suite, "testcase", name=r.name, classname=_classname(r.path),
                             file=shown_path(r.path), time=f"{r.seconds:.3f}")
        if not r.passed:
            tag = "error" if r.error else "failure"
            node = ET.SubElement(case, tag, message=r.short or "failed",
                                 type="FlowError" if r.error else "FlowFailure")
            node.text = r.failure or r.short or ""
        if r.steps:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(
                f"{'  ' * s.depth}[{STATUS_WORD[s.status]}] {s.command.where} "
                f"{s.command.title} ({s.seconds:.3f}s)" for s in r.steps)
        if r.details:
            ET.SubElement(case, "system-err").text = r.details
    tree = ET.ElementTree(suites)
    ET.indent(tree)
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


CSS = """
body{font:14px/1.45 -apple-system,'Segoe UI',Roboto,sans-serif;margin:24px;background:#f4f6f8;
color:#1f2933}
h1{font-size:22px;margin:0 0 4px}
.summary{color:#52606d;margin-bottom:20px}
.flow{background:#fff;border-radius:10px;padding:16px 20px;margin:0 0 22px;
box-shadow:0 1px 3px rgba(0,0,0,.08)}
.flow h2{font-size:17px;margin:0 0 4px}
.badge{display:inline-block;border-radius:10px;padding:1px 9px;font-size:12px;font-weight:600;
color:#fff;margin-right:6px;vertical-align:middle}
.passed{background:#2fc26e}.failed{background:#e2434b}.skipped{background:#9aa5b1}
.warned{background:#f0a020}
.meta{color:#7b8794;font-size:12px}
pre{background:#fff4f4;border:1px solid #f5c2c4;border-radius:6px;padding:10px;
white-space:pre-wrap;font-size:12px}
.steps{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:14px;
margin-top:12px}
.step{border:1px solid #e4e7eb;border-radius:8px;padding:8px;background:#fafbfc;min-width:0;
overflow-wrap:anywhere}
.step.failed{border-color:#e2434b;background:#fff6f6}
.step img{width:100%;border-radius:4px;border:1px solid #e4e7eb;display:block;margin-top:6px}
.step .title{font-weight:600}
.toc a{margin-right:12px}
"""


def _flow_anchor(i: int) -> str:
    return f"flow-{i}"


def write_storyboard(results: list[FlowResult], folder: Path, title: str = "Flow storyboard"
                     ) -> Path:
    """``folder/index.html``: every flow, every step with its label or command, its picture
    and whether it passed."""
    passed = sum(1 for r in results if r.passed)
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<div class='summary'>{passed} passed, {len(results) - passed} failed &middot; "
        f"{datetime.now():%Y-%m-%d %H:%M}</div>",
        "<div class='toc'>" + "".join(
            f"<a href='#{_flow_anchor(i)}'>{'&#10003;' if r.passed else '&#10007;'} "
            f"{html.escape(r.name)}</a>" for i, r in enumerate(results, 1)) + "</div>",
    ]
    for i, r in enumerate(results, 1):
        state = "passed" if r.passed else "failed"
        out.append(f"<section class='flow' id='{_flow_anchor(i)}'>")
        out.append(f"<h2><span class='badge {state}'>{STATUS_WORD[state]}</span>"
                   f"{html.escape(r.name)}</h2>")
        tags = f" &middot; tags: {html.escape(', '.join(r.tags))}" if r.tags else ""
        out.append(f"<div class='meta'>{html.escape(shown_path(r.path))} &middot; "
                   f"{r.seconds:.2f} s &middot; {len(r.steps)} steps{tags}</div>")
        if r.failure:
            out.append(f"<pre>{html.escape(r.failure)}</pre>")
        if r.screenshot:
            out.append(f"<p><a href='{_rel(r.screenshot, folder)}'>Screenshot at the failure"
                       "</a></p>")
        out.append("<div class='steps'>")
        for n, s in enumerate(r.steps, 1):
            indent = f" style='margin-left:{min(s.depth, 3) * 12}px'" if s.depth else ""
            out.append(f"<div class='step {s.status}'{indent}>")
            out.append(f"<div><span class='badge {s.status}'>{n}</span>"
                       f"<span class='title'>{html.escape(s.command.title)}</span></div>")
            detail = s.command.source if s.command.label else ""
            out.append(f"<div class='meta'>{html.escape(s.command.where)} &middot; "
                       f"{STATUS_WORD[s.status]} &middot; {s.seconds * 1000:.0f} ms"
                       + (f" &middot; {html.escape(detail)}" if detail else "") + "</div>")
            if s.message:
                out.append(f"<div class='meta'>{html.escape(s.message.splitlines()[0])}</div>")
            picture = s.picture or s.shot
            if picture:
                src = _rel(picture, folder)
                out.append(f"<a href='{src}'><img loading='lazy' src='{src}' "
                           f"alt='{html.escape(s.command.title, quote=True)}'></a>")
            out.append("</div>")
        out.append("</div></section>")
    out.append("</body></html>")
    folder.mkdir(parents=True, exist_ok=True)
    index = folder / "index.html"
    index.write_text("\n".join(out), encoding="utf-8")
    return index


def _rel(path: Path, folder: Path) -> str:
    return html.escape(Path(os.path.relpath(path, folder)).as_posix(), quote=True)
