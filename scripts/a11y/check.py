#!/usr/bin/env python3
"""Render every HTML message of a finished `rsvpd demo` in headless Chromium
at 375 and 1024 px, light and dark, run axe-core on each, keep screenshots.

    check.py DEMO_DIR CANCEL_DIR SERVICE_DIR AXE_JS OUT_DIR

Picks one message per kind and language from the outbox folders (by the kind
in its Message-ID: inv, upd, cxl, rem, ack) plus the digest preview and the
service's letters to hosts (named after the host's mail they answer), writes
them to OUT_DIR/html/, screenshots to OUT_DIR/screenshots/, axe results to
OUT_DIR/axe/ and a summary to OUT_DIR/summary.txt. Exits 1 when any serious
or critical violation is found, 2 when something could not be checked.
"""

import email
import email.policy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

WIDTHS = (375, 1024)
SCHEMES = ("light", "dark")
KINDS = {"inv": "invitation", "upd": "update", "cxl": "cancel", "rem": "reminder", "ack": "confirmation"}
# Chromium's headless window is never narrower than 500 px: a phone's
# width is given to an iframe, whose document sees a 375 px viewport.
MIN_WINDOW = 500
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--allow-file-access-from-files",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


def html_part(path):
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    part = message.get_body(preferencelist=("html",))
    if part is None:
        return None, None
    # <rsvp.TOKEN.KIND…@domain>: inv, upd1, cxl2, rem1, ack1f2e…
    match = re.search(r"\.([a-z]{3})[0-9a-z]*@", message.get("Message-ID", ""))
    kind = KINDS.get(match.group(1)) if match else None
    return kind, part.get_content()


def language_of(html):
    match = re.search(r'<html[^>]*\blang="([^"]+)"', html)
    return match.group(1) if match else "und"


def collect(demo, cancel, service):
    """(name, html) for one message per kind and language, in a stable order."""
    chosen = {}
    for folder in (Path(demo) / "state" / "outbox", Path(cancel) / "state" / "outbox"):
        for path in sorted(folder.glob("*.eml")):
            kind, html = html_part(path)
            if kind is None or html is None:
                continue
            key = (kind, language_of(html))
            chosen.setdefault(key, html)
    for path in sorted((Path(service) / "state" / "outbox").glob("*.eml")):
        with open(path, "rb") as f:
            message = email.message_from_binary_file(f, policy=email.policy.default)
        part = message.get_body(preferencelist=("html",))
        # In-Reply-To: <form-es@…> names the letter that answers it.
        match = re.match(r"<([a-z]+)-", message.get("In-Reply-To", ""))
        if part is None or match is None:
            continue
        html = part.get_content()
        chosen.setdefault((f"letter-{match.group(1)}", language_of(html)), html)
    digest = Path(demo) / "digest.html"
    if digest.is_file():
        html = digest.read_text(encoding="utf-8")
        chosen[("digest", language_of(html))] = html
    return [(f"{kind}.{lang}", html) for (kind, lang), html in sorted(chosen.items())]


def chromium(binary, args, timeout=90):
    with tempfile.TemporaryDirectory(prefix="rsvpd-a11y-") as profile:
        return subprocess.run(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
        )


AXE_RUNNER = """
<script src="{axe}"></script>
<script>
window.addEventListener("load", function () {{
  axe.run(document, {{ resultTypes: ["violations"] }}).then(function (r) {{
    var out = r.violations.map(function (v) {{
      return {{ id: v.id, impact: v.impact, help: v.help,
               nodes: v.nodes.slice(0, 5).map(function (n) {{ return n.failureSummary + " @ " + n.target.join(" "); }}),
               count: v.nodes.length }};
    }});
    parent.postMessage({{ axe: out, height: document.documentElement.scrollHeight }}, "*");
  }}, function (e) {{ parent.postMessage({{ error: String(e) }}, "*"); }});
}});
</script>
"""

# A phone screen, in CSS pixels (iPhone SE).
PHONE = (375, 667)

FRAME = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
html, body {{ margin:0; padding:0; background:#8c959f; }}
iframe {{ display:block; border:0; width:{width}px; height:{height}px; background:transparent; }}
</style></head><body>
<iframe src="{src}" title="message"></iframe>
<pre id="result"></pre>
<script>
window.addEventListener("message", function (e) {{
  document.getElementById("result").textContent = JSON.stringify(e.data);
}});
</script>
</body></html>
"""


def structure(html):
    """What axe cannot see: the parts every message's layout must keep."""
    faults = []
    if not re.search(r'<html[^>]* lang="[a-z]{2}', html):
        faults.append("no lang on <html>")
    if "<h1" not in html:
        faults.append("no <h1>")
    if "<main" not in html:
        faults.append("no <main> landmark")
    # Outlook for Windows ignores max-width: a conditional table must hold
    # the 560 px column, opened and closed.
    mso = re.findall(r"<!--\[if mso\]>(.*?)<!\[endif\]-->", html, re.S)
    if len(mso) != 2 or 'width="560"' not in mso[0] or "</table>" not in mso[1]:
        faults.append("no Outlook (MSO) fallback table for the 560 px column")
    return faults


def check_one(binary, axe, out, name, width, scheme):
    tag = f"{name}.{width}.{scheme}"
    html_dir = out / "html"
    frame = out / "frames" / f"{tag}.html"
    src = (html_dir / f"{name}.axe.html").resolve()
    dark = ["--force-dark-mode"] if scheme == "dark" else []
    window = max(width, MIN_WINDOW)
    frame.write_text(FRAME.format(width=width, height=800, src=src.as_uri()), encoding="utf-8")
    run = chromium(
        binary,
        [*dark, f"--window-size={window},800", "--virtual-time-budget=20000", "--dump-dom", frame.resolve().as_uri()],
    )
    match = re.search(r'<pre id="result">(.*?)</pre>', run.stdout, re.S)
    if not match or not match.group(1).strip():
        return tag, None, f"no axe result ({run.stderr.strip().splitlines()[-1:] or 'no output'})"
    import html as htmllib

    result = json.loads(htmllib.unescape(match.group(1)))
    if "error" in result:
        return tag, None, result["error"]
    (out / "axe" / f"{tag}.json").write_text(json.dumps(result["axe"], indent=1), encoding="utf-8")
    # The whole message in one picture, at the height it rendered to.
    height = min(int(result.get("height", 800)) + 8, 16000)
    plain = (html_dir / f"{name}.html").resolve()
    frame.write_text(FRAME.format(width=width, height=height, src=plain.as_uri()), encoding="utf-8")
    shot = out / "screenshots" / f"{tag}.png"
    chromium(
        binary,
        [*dark, f"--window-size={window},{height}", f"--screenshot={shot.resolve()}", "--virtual-time-budget=3000", frame.resolve().as_uri()],
    )
    if not shot.is_file():
        return tag, result["axe"], "no screenshot"
    if width == PHONE[0]:
        # What the reader sees first on a phone, before scrolling.
        frame.write_text(FRAME.format(width=width, height=PHONE[1], src=plain.as_uri()), encoding="utf-8")
        chromium(
            binary,
            [*dark, f"--window-size={window},{PHONE[1]}", f"--screenshot={(out / 'screenshots' / f'{tag}.top.png').resolve()}", "--virtual-time-budget=3000", frame.resolve().as_uri()],
        )
    return tag, result["axe"], None


def main():
    if len(sys.argv) != 6:
        print(__doc__, file=sys.stderr)
        return 2
    demo, cancel, service, axe, out = sys.argv[1:]
    out = Path(out)
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
    for sub in ("html", "frames", "axe", "screenshots"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir(parents=True)
    axe_uri = Path(axe).resolve().as_uri()
    messages = collect(demo, cancel, service)
    kinds = sorted({name.split(".")[0] for name, _ in messages})
    missing = sorted((set(KINDS.values()) | {"digest"}) - set(kinds))
    for name, html in messages:
        (out / "html" / f"{name}.html").write_text(html, encoding="utf-8")
        injected = html.replace("</body>", AXE_RUNNER.format(axe=axe_uri) + "</body>", 1)
        (out / "html" / f"{name}.axe.html").write_text(injected, encoding="utf-8")

    lines, blocking, problems = [], 0, 0
    for name, html in messages:
        for fault in structure(html):
            blocking += 1
            lines.append(f"  {name}: {fault}")
    for name, _ in messages:
        for width in WIDTHS:
            for scheme in SCHEMES:
                tag, violations, problem = check_one(binary, axe_uri, out, name, width, scheme)
                if problem:
                    problems += 1
                    lines.append(f"  {tag}: COULD NOT CHECK: {problem}")
                    continue
                bad = [v for v in violations if v["impact"] in ("serious", "critical")]
                blocking += len(bad)
                status = "ok" if not violations else ", ".join(f"{v['id']} ({v['impact']}, {v['count']})" for v in violations)
                lines.append(f"  {tag}: {status}")
                for v in bad:
                    for node in v["nodes"]:
                        lines.append(f"      {v['id']}: {node}")
    summary = [
        f"axe-core on {len(messages)} messages ({', '.join(n for n, _ in messages)}),",
        f"each at {' and '.join(map(str, WIDTHS))} px, light and dark:",
        *lines,
        f"serious or critical violations: {blocking}; not checked: {problems}",
    ]
    if missing:
        summary.append(f"message kinds missing from the demo: {', '.join(missing)}")
    (out / "summary.txt").write_text("\n".join(summary) + "\n", encoding="utf-8")
    print("\n".join(summary))
    print(f"screenshots: {out / 'screenshots'}")
    if problems or missing:
        return 2
    return 1 if blocking else 0


if __name__ == "__main__":
    sys.exit(main())
