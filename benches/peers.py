#!/usr/bin/env python3
"""Family Voice's PDF against its peers, on the same content: Chromium's --print-to-pdf and Typst.

    python3 benches/peers.py [--runs 10]

Installs what it needs (Debian's chromium with apt-get, typst from PyPI with pip), builds the
release CLI, then for each case writes the same words as Family Voice's PDF, HTML and Typst
(examples/peer_markup.rs) and reports the median wall time (the three taking turns, run by run,
each one's leftover processes waited for, untimed, before the next starts) and the file size.
Each renderer is timed as a fresh process, start-up and finding fonts included, as a family's
click would run it: Typst through its Python binding in a new interpreter (in one long-lived
process Typst memoizes and a repeated compile of the same file costs next to nothing, which
would measure its cache).
The interpreter's own start-up, timed alone, is reported beside it, and taken off in a column of
its own, which is the fairer comparison with Typst's compiler. Every renderer is given the same
fonts in the same order (the PDF's chain, for Urdu with Nastaliq first). Results:
target/peers/results.md.
"""
import argparse, json, os, shutil, signal, statistics, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "target" / "peers"


def need(cmd, install):
    if shutil.which(cmd) is None:
        subprocess.run(install, check=True)


def ensure_tools():
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    need("chromium", sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"])
    need("pdfinfo", sudo + ["apt-get", "install", "-y", "-qq", "poppler-utils"])
    try:
        import typst  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "typst"], check=True)
    subprocess.run(["cargo", "build", "-q", "--release", "--bin", "family-voice-pdf", "--example", "peer_markup"],
                   cwd=ROOT, check=True)


def cases():
    fixtures = ROOT / "tests" / "fixtures"
    long = json.loads((fixtures / "contribution.json").read_text())
    sentence = "Every morning we walk to school together and talk about the day ahead. "
    long["answers"]["prompt-strengths-family"] = sentence * (100 * 3300 // len(sentence))
    long_path = OUT / "long-100.json"
    long_path.write_text(json.dumps(long, ensure_ascii=False))
    return [("typical, English", fixtures / "contribution.json"),
            ("typical, Urdu + English", fixtures / "contribution-ur.json"),
            ("about 100 pages, English", long_path)]


def run(argv, **kwargs):
    """Runs a command to its end in a process group of its own and returns the group's id, so that
    what the command leaves running after it exits (Chromium's crash handler and helpers) can be
    waited for."""
    process = subprocess.Popen(argv, start_new_session=True, **kwargs)
    if process.wait() != 0:
        raise subprocess.CalledProcessError(process.returncode, argv)
    return process.pid


def timed(fn, runs):
    return timed_together([fn], runs)[0]


def settle(group, limit=10.0):
    """Waits, untimed, until nothing is left in a finished command's process group, then flushes
    what it wrote to disk, so that one renderer's leftovers neither run on the cores while the
    next is timed nor ride along on the next one's fsync (Family Voice syncs the PDF it writes;
    Chromium writes a profile and does not)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            break
        time.sleep(0.01)
    else:
        os.killpg(group, signal.SIGKILL)
    os.sync()


def timed_together(fns, runs):
    """Median time of each command, taking turns round by round, so that a machine that slows
    down or speeds up during the run weighs on every renderer alike. Each command returns its
    process group; the time stops when the command exits, and its leftovers are waited for
    outside the timing."""
    times = [[] for _ in fns]
    for _ in range(runs):
        for fn, kept in zip(fns, times):
            start = time.perf_counter()
            group = fn()
            kept.append(time.perf_counter() - start)
            settle(group)
    return [statistics.median(kept) for kept in times]


def pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    ensure_tools()
    release = ROOT / "target" / "release"
    python_start = timed(lambda: run([sys.executable, "-c", "import typst"]), args.runs)
    rows = []
    for name, source in cases():
        slug = source.stem
        ours, html, typ = OUT / f"{slug}-fv.pdf", OUT / f"{slug}.html", OUT / f"{slug}.typ"
        subprocess.run([release / "examples" / "peer_markup", source, "html", html], check=True)
        subprocess.run([release / "examples" / "peer_markup", source, "typst", typ], check=True)
        chrome_pdf, typst_pdf = OUT / f"{slug}-chromium.pdf", OUT / f"{slug}-typst.pdf"
        t_ours, t_chrome, t_typst = timed_together([
            lambda: run([release / "family-voice-pdf", source, "-o", ours]),
            lambda: run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                         f"--print-to-pdf={chrome_pdf}", html.as_uri()],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
            lambda: run([sys.executable, "-c", "import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2])",
                         typ, typst_pdf]),
        ], args.runs)
        rows.append((name, t_ours, ours, t_chrome, chrome_pdf, t_typst, typst_pdf))

    lines = ["| content | Family Voice | Chromium | Typst | vs Chromium | vs Typst | vs Typst less Python's start | size vs Typst |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, t_ours, ours, t_chrome, chrome_pdf, t_typst, typst_pdf in rows:
        size = lambda p: f"{p.stat().st_size / 1024:.0f} kB, {pages(p)} pp"
        lines.append(
            f"| {name} | {t_ours * 1000:.0f} ms ({size(ours)}) | {t_chrome * 1000:.0f} ms ({size(chrome_pdf)}) "
            f"| {t_typst * 1000:.0f} ms ({size(typst_pdf)}) | {t_chrome / t_ours:.1f}× faster "
            f"| {t_typst / t_ours:.1f}× faster | {(t_typst - python_start) / t_ours:.1f}× faster "
            f"| {ours.stat().st_size / typst_pdf.stat().st_size:.2f}× |")
    lines.append("")
    lines.append(f"Python start-up with `import typst`, included in Typst's times: {python_start * 1000:.0f} ms.")
    table = "\n".join(lines)
    (OUT / "results.md").write_text(table + "\n")
    print(table)


if __name__ == "__main__":
    main()
