#!/usr/bin/env python3
"""Browser test of the HTML report (docs/report-format.md, "HTML report").

Writes the demo report (fixtures/demo) with the built claimcheck, loads it in
headless Chromium driven by chromedriver over the W3C WebDriver HTTP API
(standard library only: Debian's chromium and chromium-driver, no npm), and
checks what a reader relies on:

  - one card per contradiction of the JSON report, carrying its kind and
    severity, with the kind shown on the card;
  - highlights (<mark>) inside the quotes, each one a value of that finding;
  - the per-finding fact graph (an inline SVG) on each card;
  - clicking a kind filter (a link of the counts table, then the kind menu)
    hides every card of other kinds and leaves its own visible; the severity
    and document menus likewise; "all" shows every card again;
  - nothing is fetched from anywhere (self-contained) and the page logs no
    console errors;
  - a screenshot, saved as demo-report.png next to the report.

Prints "SKIP ..." and exits 0 when chromium is absent (CTest
SKIP_REGULAR_EXPRESSION); chromium without chromedriver is a failure. Any
failed check prints FAIL lines and exits 1.

Usage: browser_test.py --claimcheck BIN --source-dir DIR --out-dir DIR
                       [--report FILE.html --json FILE.json]
(--report/--json check a given report instead of writing the demo one.)
"""

import argparse
import base64
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

# The W3C WebDriver key of an element reference.
ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1366,768",
]

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL: " + what, flush=True)
    return ok


class WebDriver:
    """The few W3C WebDriver commands the test needs."""

    def __init__(self, base):
        self.base = base
        self.session = None

    def call(self, method, path, body=None, timeout=60):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return json.loads(resp.read().decode() or "{}").get("value")
        except urllib.error.HTTPError as e:
            detail = e.read().decode(errors="replace")[:500]
            raise RuntimeError("%s %s: HTTP %d: %s" % (method, path, e.code, detail))

    def s(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.session, path), body)

    def start(self, binary, user_data_dir):
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": binary,
                "args": CHROMIUM_FLAGS + ["--user-data-dir=" + user_data_dir],
            },
            "goog:loggingPrefs": {"browser": "ALL"},
        }}}
        value = self.call("POST", "/session", caps, timeout=120)
        self.session = value["sessionId"]

    def quit(self):
        if self.session:
            try:
                self.call("DELETE", "/session/" + self.session, timeout=30)
            except Exception:  # the browser may be gone already
                pass
            self.session = None

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find_all(self, css):
        found = self.s("POST", "/elements", {"using": "css selector", "value": css})
        return [e[ELEMENT_KEY] for e in found]

    def click(self, element):
        self.s("POST", "/element/%s/click" % element, {})

    def displayed(self, element):
        return self.s("GET", "/element/%s/displayed" % element)

    def browser_log(self):
        # chromedriver's log endpoint (not in W3C WebDriver; two spellings).
        for path in ("/se/log", "/log"):
            try:
                return self.s("POST", path, {"type": "browser"})
            except RuntimeError:
                continue
        raise RuntimeError("chromedriver offers no browser log endpoint")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_driver(chromedriver, log_path):
    for _ in range(5):
        port = free_port()
        log = open(log_path, "w")
        proc = subprocess.Popen([chromedriver, "--port=%d" % port], stdout=log,
                                stderr=subprocess.STDOUT)
        driver = WebDriver("http://127.0.0.1:%d" % port)
        deadline = time.time() + 30
        while time.time() < deadline and proc.poll() is None:
            try:
                if driver.call("GET", "/status", timeout=5).get("ready"):
                    return proc, driver
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.2)
        proc.kill()
        proc.wait()
    raise RuntimeError("chromedriver did not start (see %s)" % log_path)


def write_demo_report(claimcheck, source_dir, out_dir):
    demo = os.path.join(source_dir, "fixtures", "demo")
    # As `make demo`: expected.json is the regression case, sidecars go along
    # with their articles.
    inputs = [p for p in sorted(glob.glob(os.path.join(demo, "*")))
              if not p.endswith("expected.json") and not p.endswith(".meta.json")]
    html = os.path.join(out_dir, "demo-report.html")
    js = os.path.join(out_dir, "demo-report.json")
    for fmt, path in (("html", html), ("json", js)):
        r = subprocess.run([claimcheck, "check", "-q", "--format", fmt, "-o", path] + inputs,
                           stderr=subprocess.PIPE, text=True)
        if r.returncode not in (0, 3):
            raise RuntimeError("claimcheck check --format %s: status %d: %s"
                               % (fmt, r.returncode, r.stderr))
    return html, js


def visible_ids(wd):
    """Ids of the cards the browser shows (WebDriver's own visibility)."""
    shown = set()
    for el in wd.find_all("article.card"):
        if wd.displayed(el):
            shown.add(wd.js("return arguments[0].id;", {ELEMENT_KEY: el}))
    return shown


def elem(wd, css):
    found = wd.find_all(css)
    if not check(len(found) == 1, "exactly one element matches %r (found %d)" % (css, len(found))):
        return None
    return found[0]


def select(wd, menu, value):
    """Picks `value` in the <select id=menu> by clicking its option."""
    options = wd.find_all("#%s option" % menu)
    values = [wd.js("return arguments[0].value;", {ELEMENT_KEY: o}) for o in options]
    if check(values.count(value) == 1, "menu %s offers %r once (it has %s)" % (menu, value, values)):
        wd.click(options[values.index(value)])


def run_checks(wd, report_url, findings, screenshot):
    wd.s("POST", "/window/rect", {"width": 1366, "height": 768})
    wd.s("POST", "/url", {"url": report_url})

    by_id = {f["id"]: f for f in findings}
    all_ids = set(by_id)
    cards = wd.js("""
      return Array.from(document.querySelectorAll('article.card')).map(function(c) {
        return {id: c.id, kind: c.dataset.kind, severity: c.dataset.severity,
                docs: (c.dataset.docs || '').split(' ').filter(Boolean),
                text: c.innerText,
                marks: Array.from(c.querySelectorAll('blockquote mark')).map(
                    function(m) { return m.textContent; }),
                quotes: Array.from(c.querySelectorAll('blockquote')).map(
                    function(q) { return q.textContent; }),
                svg: c.querySelectorAll('svg').length};
      });""")
    check(len(findings) > 0, "the demo report has contradictions")
    check(sorted(c["id"] for c in cards) == sorted(all_ids),
          "one card per contradiction: cards %s, report %s"
          % (sorted(c["id"] for c in cards), sorted(all_ids)))
    for c in cards:
        f = by_id.get(c["id"])
        if f is None:
            continue
        where = "card " + c["id"]
        check(c["kind"] == f["kind"], "%s carries kind %r (report: %r)" % (where, c["kind"], f["kind"]))
        check(c["severity"] == f["severity"], "%s carries severity %r" % (where, c["severity"]))
        check(f["kind"].replace("_", " ") in c["text"] or f["kind"] in c["text"],
              "%s shows its kind" % where)
        check(sorted(c["docs"]) == sorted({v["doc"] for v in f["values"]}),
              "%s lists its documents %s" % (where, c["docs"]))
        texts = {v["text"] for v in f["values"]}
        check(len(c["marks"]) >= 2, "%s highlights at least two quotes (%d)" % (where, len(c["marks"])))
        for m in c["marks"]:
            check(m in texts, "%s highlights %r, a value of the finding %s" % (where, m, sorted(texts)))
        check(len(c["quotes"]) >= 2, "%s shows its quotes side by side" % where)
        check(c["svg"] >= 1, "%s has its fact graph (inline SVG)" % where)

    # Everything visible at first.
    check(visible_ids(wd) == all_ids, "every card visible before filtering")

    kinds = sorted({f["kind"] for f in findings})
    check(len(kinds) >= 2, "the demo report has two kinds or more (filters need it): %s" % kinds)
    # A kind link of the counts table.
    for kind in kinds:
        link = elem(wd, "a[data-filter-kind=\"%s\"]" % kind)
        if link is None:
            continue
        wd.click(link)
        want = {i for i, f in by_id.items() if f["kind"] == kind}
        got = visible_ids(wd)
        check(got == want, "clicking kind %s shows %s, not %s" % (kind, sorted(want), sorted(got)))
    select(wd, "f-kind", "")
    check(visible_ids(wd) == all_ids, "kind 'all' shows every card again")

    # The kind menu.
    kind = kinds[-1]
    select(wd, "f-kind", kind)
    want = {i for i, f in by_id.items() if f["kind"] == kind}
    check(visible_ids(wd) == want, "kind menu %s shows only its cards" % kind)
    select(wd, "f-kind", "")

    # Severity.
    for sev in ("high", "medium", "low"):
        select(wd, "f-severity", sev)
        want = {i for i, f in by_id.items() if f["severity"] == sev}
        got = visible_ids(wd)
        check(got == want, "severity %s shows %s, not %s" % (sev, sorted(want), sorted(got)))
    select(wd, "f-severity", "")

    # Documents: a document in some findings but not all.
    counts = {}
    for f in findings:
        for d in {v["doc"] for v in f["values"]}:
            counts[d] = counts.get(d, 0) + 1
    partial = sorted(d for d, n in counts.items() if n < len(findings))
    check(partial, "some document is in some findings but not all")
    for doc in partial[:3]:
        select(wd, "f-doc", doc)
        want = {i for i, f in by_id.items() if doc in {v["doc"] for v in f["values"]}}
        got = visible_ids(wd)
        check(got == want, "document %s shows %s, not %s" % (doc, sorted(want), sorted(got)))
        shown = wd.js("var e = document.getElementById('shown'); return e ? e.textContent : null;")
        check(shown == str(len(want)), "the shown count says %s for document %s" % (shown, doc))
    # Two filters at once: the intersection.
    if partial:
        doc = partial[0]
        sev = by_id[sorted(i for i, f in by_id.items()
                           if doc in {v["doc"] for v in f["values"]})[0]]["severity"]
        select(wd, "f-doc", doc)
        select(wd, "f-severity", sev)
        want = {i for i, f in by_id.items()
                if doc in {v["doc"] for v in f["values"]} and f["severity"] == sev}
        check(visible_ids(wd) == want, "document %s and severity %s together" % (doc, sev))
    select(wd, "f-doc", "")
    select(wd, "f-severity", "")
    check(visible_ids(wd) == all_ids, "every card visible after resetting the filters")

    # Self-contained: no external resources, nothing fetched.
    external = wd.js("""
      var n = document.querySelectorAll('script[src], link[rel=stylesheet], img, iframe, object, embed').length;
      return {elements: n, fetched: performance.getEntriesByType('resource').map(function(r) { return r.name; })};""")
    check(external["elements"] == 0, "no external scripts, stylesheets or images (%d)" % external["elements"])
    check(external["fetched"] == [], "nothing fetched: %s" % external["fetched"])

    # Console errors (anything at SEVERE).
    log = wd.browser_log()
    errors = [e.get("message", "") for e in log if e.get("level") == "SEVERE"]
    check(not errors, "no console errors: %s" % errors)

    png = base64.b64decode(wd.s("GET", "/screenshot"))
    with open(screenshot, "wb") as f:
        f.write(png)
    check(png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10000,
          "screenshot saved (%d bytes)" % len(png))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--claimcheck", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("--report")
    ap.add_argument("--json")
    args = ap.parse_args()

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not chromium:
        print("SKIP chromium is not installed (Debian package chromium)")
        return 0
    if not chromedriver:
        print("FAIL: chromium is installed but chromedriver is not "
              "(Debian package chromium-driver; scripts/install-deps.sh installs it)")
        return 1

    os.makedirs(args.out_dir, exist_ok=True)
    if args.report:
        html, js = os.path.abspath(args.report), args.json
    else:
        html, js = write_demo_report(args.claimcheck, args.source_dir, args.out_dir)
    with open(js) as f:
        findings = json.load(f)["contradictions"]
    screenshot = os.path.join(args.out_dir, os.path.splitext(os.path.basename(html))[0] + ".png")

    profile = tempfile.mkdtemp(prefix="claimcheck-chromium-")
    proc = None
    wd = None
    try:
        proc, wd = start_driver(chromedriver, os.path.join(args.out_dir, "chromedriver.log"))
        wd.start(chromium, profile)
        run_checks(wd, "file://" + os.path.abspath(html), findings, screenshot)
    except Exception as e:  # a broken page or browser is a failure, not a skip
        check(False, "browser session: %s: %s" % (type(e).__name__, e))
    finally:
        if wd is not None:
            wd.quit()
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(profile, ignore_errors=True)

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("OK: %d cards, filters, highlights, no console errors; screenshot %s"
          % (len(findings), screenshot))
    return 0


if __name__ == "__main__":
    sys.exit(main())
