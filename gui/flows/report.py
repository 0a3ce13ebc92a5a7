"""Reports of a flow run: the storyboard (index.html beside the step pictures) and JUnit XML."""

from __future__ import annotations

import email.policy
import html
import json
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from email.parser import BytesHeaderParser
from pathlib import Path

from core.i18n import flow_text
from gui.counts import STORYBOARD
from gui.flows.model import shown_path
from gui.flows.runner import FlowResult
from gui.flows.sentences import sentence
from gui.i18n import translate

STATUS_WORD = {"passed": "passed", "failed": "FAILED", "skipped": "skipped",
               "warned": "failed (optional)"}  # JUnit's system-out: English, as parsers read


def _status_word(state: str) -> str:
    """A step's or flow's state as the storyboard says it, in the current language."""
    shown = {"passed": translate("Storyboard", "passed"),
             "failed": translate("Storyboard", "FAILED"),
             "skipped": translate("Storyboard", "skipped"),
             "warned": translate("Storyboard", "failed (optional)")}
    return shown.get(state, state)



def _label(step) -> str | None:
    """The step's label as it ran (its ${...} evaluated), or None when it has none."""
    return (step.title or step.command.label) if step.command.label else None

def _classname(path: Path) -> str:
    rel = shown_path(path)
    return rel.removesuffix(".yaml").removesuffix(".yml").replace(os.sep, ".").lstrip(".")


@dataclass
class Skipped(FlowResult):
    """A flow that was not run, and why (an earlier flow of an executionOrder failed)."""

    skipped: str = ""


def failing_line(r: FlowResult) -> str | None:
    """``file:line`` of the command that failed (the innermost), or of the reading error."""
    for s in reversed(r.steps):
        if s.status == "failed":
            return s.command.where
    if r.error and r.short:
        head = r.short.split(": ", 1)[0]
        return head if head.rsplit(":", 1)[-1].isdigit() else None
    return None


def _system_out(r: FlowResult) -> str:
    """The steps, the failing line, and the failure's screenshot in GitLab's attachment form
    (GitLab shows ``[[ATTACHMENT|path]]`` of system-out as the test's screenshot)."""
    out = []
    line = None if r.passed else failing_line(r)
    if line:
        out.append(f"failed at {line}")
    out += [f"{'  ' * s.depth}[{STATUS_WORD[s.status]}] {s.command.where} "
            f"{_label(s) or s.command.title} ({s.seconds:.3f}s)" for s in r.steps]
    if r.screenshot:
        out.append(f"[[ATTACHMENT|{shown_path(r.screenshot)}]]")
    return "\n".join(out)


def write_junit(results: list[FlowResult], target: Path, suite: str = "flows",
                testcase_file: bool = False) -> Path:
    """One testsuite, one testcase per flow, valid against the strict JUnit schema Jenkins'
    xUnit plugin uses (tests/data/junit-10.xsd): a testcase there has no ``file`` attribute,
    so the flow's file is in ``classname`` (and in ``file=`` with ``testcase_file``, which
    GitLab reads), its failing line in the failure's message and first in system-out."""
    skipped = sum(1 for r in results if isinstance(r, Skipped))
    errors = sum(1 for r in results if r.error)
    failures = sum(1 for r in results if not r.passed and not r.error)
    total = sum(r.seconds for r in results)
    counts = {"tests": str(len(results)), "failures": str(failures), "errors": str(errors)}
    suites = ET.Element("testsuites", name=suite, time=f"{total:.3f}", **counts)
    node = ET.SubElement(suites, "testsuite", name=suite, skipped=str(skipped),
                         time=f"{total:.3f}",
                         timestamp=datetime.now().replace(microsecond=0).isoformat(), **counts)
    for r in results:
        case = ET.SubElement(node, "testcase", name=r.name, classname=_classname(r.path),
                             time=f"{r.seconds:.3f}")
        if testcase_file:
            case.set("file", shown_path(r.path))
        if isinstance(r, Skipped):
            ET.SubElement(case, "skipped", message=r.skipped)
        elif not r.passed:
            tag = "error" if r.error else "failure"
            message = r.short or "failed"
            line = failing_line(r)
            if line and line not in message:
                message = f"{line}: {message}"
            failed = ET.SubElement(case, tag, message=message,
                                   type="FlowError" if r.error else "FlowFailure")
            failed.text = r.failure or r.short or ""
        text = _system_out(r)
        if text:
            ET.SubElement(case, "system-out").text = text
        err = "\n".join(x for x in (r.details, getattr(r, "printed", "")) if x and x.strip())
        if err:
            ET.SubElement(case, "system-err").text = err
    tree = ET.ElementTree(suites)
    ET.indent(tree)
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def write_debug(results: list[FlowResult], folder: Path) -> Path:
    """``--debug-output``: per flow, ``NN-name/commands.json`` (every step: command, file,
    line, status, time, message, picture) and ``output.txt`` (the failure and what the flow's
    process printed)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, r in enumerate(results, 1):
        own = folder / f"{n:02d}-{r.path.stem}"
        own.mkdir(exist_ok=True)
        steps = [{"command": s.command.source or s.command.name, "label": _label(s),
                  "file": shown_path(s.command.file), "line": s.command.line,
                  "depth": s.depth, "status": s.status, "seconds": round(s.seconds, 4),
                  "message": s.message, "picture": shown_path(s.picture) if s.picture else None}
                 for s in r.steps]
        status = ("skipped" if isinstance(r, Skipped) else "passed" if r.passed
                  else "error" if r.error else "failed")
        (own / "commands.json").write_text(json.dumps(
            {"flow": r.name, "file": shown_path(r.path), "status": status,
             "seconds": round(r.seconds, 4), "failing_line": failing_line(r), "steps": steps},
            indent=2, ensure_ascii=False), encoding="utf-8")
        (own / "output.txt").write_text(
            "\n\n".join(x for x in (r.failure, r.details, getattr(r, "printed", ""))
                        if x and x.strip()) + "\n", encoding="utf-8")
    return folder


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
.steps{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:14px;
margin-top:12px;align-items:stretch}
.step{border:1px solid #e4e7eb;border-radius:8px;padding:8px;background:#fafbfc;min-width:0;
display:flex;flex-direction:column;overflow-wrap:normal;word-break:normal;hyphens:none}
.step.failed{border-color:#e2434b;background:#fff6f6}
.step .picture{margin-top:auto;padding-top:6px}
.step img{width:100%;height:380px;object-fit:contain;object-position:top;border-radius:4px;
background:#eef1f4;display:block}
.step .title{font-weight:600}
.step.nested .title::before{content:"\21B3 ";color:#9aa5b1}
.path{white-space:normal;overflow-wrap:normal;word-break:keep-all}
.toc a{margin-right:12px}
.emails h3{font-size:14px;margin:14px 0 4px}
.emails ul{margin:0;padding-left:20px}
"""


def _flow_anchor(i: int) -> str:
    return f"flow-{i}"


def write_storyboard(results: list[FlowResult], folder: Path, title: str | None = None,
                     index: Path | None = None) -> Path:
    """``folder/index.html`` (or ``index``): every flow, every step with its label or
    command, its picture and whether it passed, in the current language."""
    if title in (None, "flows", "Flow storyboard"):
        title = translate("Storyboard", "Flow storyboard")
    index = index or folder / "index.html"
    base = index.parent
    passed = sum(1 for r in results if r.passed and not isinstance(r, Skipped))
    order = _failures_first(results)
    skipped = sum(1 for r in results if isinstance(r, Skipped))
    failed = len(results) - passed - skipped
    summary = (translate("Storyboard", "{passed} passed, {failed} failed, {skipped} skipped")
               if skipped else translate("Storyboard", "{passed} passed, {failed} failed"))
    out = [
        f"<!doctype html><html lang='{_lang()}'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<div class='summary'>"
        f"{html.escape(summary.format(passed=passed, failed=failed, skipped=skipped))}"
        f" &middot; {datetime.now():%Y-%m-%d %H:%M}</div>",
        "<div class='toc'>" + "".join(
            f"<a href='#{_flow_anchor(i)}'>{'&#10003;' if r.passed else '&#10007;'} "
            f"{html.escape(flow_text(r.name))}</a>" for i, r in order) + "</div>",
    ]
    out += _gallery_link(base)
    for i, r in order:
        state = "skipped" if isinstance(r, Skipped) else "passed" if r.passed else "failed"
        out.append(f"<section class='flow' id='{_flow_anchor(i)}'>")
        out.append(f"<h2><span class='badge {state}'>{html.escape(_status_word(state))}</span>"
                   f"{html.escape(flow_text(r.name))}</h2>")
        tags = (" &middot; " + html.escape(translate("Storyboard", "tags: {tags}").format(
            tags=", ".join(r.tags)))) if r.tags else ""
        out.append(f"<div class='meta'>{_path(shown_path(r.path))} &middot; "
                   f"{r.seconds:.2f} s &middot; {html.escape(STORYBOARD.steps(len(r.steps)))}{tags}</div>")
        if r.failure:
            out.append(f"<pre>{html.escape(r.failure)}</pre>")
        if r.screenshot:
            shot = translate("Storyboard", "Screenshot at the failure")
            out.append(f"<p><a href='{_rel(r.screenshot, base)}'>{html.escape(shot)}</a></p>")
        out.append("<div class='steps'>")
        for n, s in enumerate(r.steps, 1):
            out += _step_html(n, s, base)
        out.append("</div>")
        out += _emails(r, base)
        out.append("</section>")
    out.append("</body></html>")
    base.mkdir(parents=True, exist_ok=True)
    index.write_text("\n".join(out), encoding="utf-8")
    return index


GALLERY = "screens"   # a storyboard folder's pictures of every screen (tests/gui/phone_tour.py)
GALLERY_MARK = "<p class='gallery'>"


def _gallery_link(base: Path) -> list[str]:
    """A link to ``screens/index.html`` when a test has rendered every screen of both
    platforms and the motion half way into this storyboard's folder."""
    if not (base / GALLERY / "index.html").is_file():
        return []
    words = translate("Storyboard", "Every screen of the phone, on iOS and Android, and its "
                                    "motion half way")
    return [f"{GALLERY_MARK}<a href='{GALLERY}/index.html'>{html.escape(words)}</a></p>"]


def link_gallery(index: Path) -> bool:
    """Add the gallery's link to a storyboard written before the gallery was (True if the
    storyboard now has it)."""
    try:
        text = index.read_text(encoding="utf-8")
    except OSError:
        return False
    if GALLERY_MARK in text:
        return True
    link = _gallery_link(index.parent)
    anchor = "<section class='flow'"
    if not link or anchor not in text:
        return False
    index.write_text(text.replace(anchor, link[0] + "\n" + anchor, 1), encoding="utf-8")
    return True


def _step_html(n: int, s, base: Path) -> list[str]:
    """One step of a flow's storyboard: its number, title, where, status and time, the
    first line of its message and its picture."""
    out: list[str] = []
    nested = " nested" if s.depth else ""
    out.append(f"<div class='step {s.status}{nested}'>")
    out.append(f"<div><span class='badge {s.status}'>{n}</span>"
               f"<span class='title'>{html.escape(s.title or sentence(s.command))}</span></div>")
    detail = s.command.source
    out.append(f"<div class='meta'>{_path(s.command.where)} &middot; "
               f"{html.escape(_status_word(s.status))} &middot; "
               f"{s.seconds * 1000:.0f} ms"
               + (f" &middot; {html.escape(detail)}" if detail else "") + "</div>")
    said = s.note or s.message
    if said:
        out.append(f"<div class='meta'>{html.escape(said.splitlines()[0])}</div>")
    picture = s.picture or s.shot
    if picture:
        src = _rel(picture, base)
        out.append(f"<a class='picture' href='{src}'><img loading='lazy' src='{src}' "
                   f"alt='{html.escape(s.title or sentence(s.command), quote=True)}'></a>")
    out.append("</div>")
    return out


def _emails(r: FlowResult, base: Path) -> list[str]:
    """The flow's emails (``NN-flow/emails/*.eml``): a list of links, each its subject and
    recipient as the file says them (its name when it cannot be read)."""
    files = getattr(r, "emails", None)
    if not files:
        return []
    heading = translate("Storyboard", "Emails")  # outside the f-string: lupdate reads it
    out = [f"<div class='emails'><h3>{html.escape(heading)}</h3><ul>"]
    for path in files:
        try:
            with open(path, "rb") as f:
                head = BytesHeaderParser(policy=email.policy.default).parse(f)
            shown = translate("Storyboard", "{subject} (to {recipient})").format(
                subject=head["Subject"] or "", recipient=head["To"] or "")
        except (OSError, ValueError, TypeError):
            shown = Path(path).name
        out.append(f"<li><a href='{_rel(path, base)}'>{html.escape(shown)}</a> "
                   f"<span class='meta'>{html.escape(Path(path).name)}</span></li>")
    out.append("</ul></div>")
    return out


def _failures_first(results: list[FlowResult]) -> list[tuple[int, FlowResult]]:
    """The flows numbered as they ran, the failed ones first, then passed, then skipped."""
    def rank(item: tuple[int, FlowResult]) -> int:
        r = item[1]
        return 2 if isinstance(r, Skipped) else 1 if r.passed else 0
    return sorted(enumerate(results, 1), key=rank)


def _path(text: str) -> str:
    """A path that wraps only after a ``/`` (never inside a name)."""
    return "<span class='path'>" + "/<wbr>".join(html.escape(p) for p in text.split("/")) \
        + "</span>"


def _lang() -> str:
    """The storyboard's ``lang`` attribute: the current language (pseudo is English)."""
    from core import i18n

    language = i18n.current()
    return i18n.SOURCE if language == i18n.PSEUDO else language


def _rel(path: Path, folder: Path) -> str:
    return html.escape(Path(os.path.relpath(path, folder)).as_posix(), quote=True)
