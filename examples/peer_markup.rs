//! Writes the same words the PDF prints as HTML (for Chromium) or Typst markup, so
//! `benches/peers.py` can compare renderers on identical content.
//! `cargo run --release --example peer_markup -- CONTRIBUTION.json html|typst OUT`

use family_voice::i18n::{Isolation, Localizer, SOURCE_LOCALE};
use family_voice::pdf::FontBook;
use family_voice::summary::{summarize, Fact, Summary};
use family_voice::Contribution;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, format, output] = args.as_slice() else {
        panic!("usage: peer_markup CONTRIBUTION.json html|typst OUT");
    };
    let c = Contribution::from_json(&std::fs::read_to_string(input).unwrap()).unwrap();
    let loc = Localizer::new(&c.language, Isolation::Off).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let summary = summarize(&c, &loc, day);
    let english = (c.language != SOURCE_LOCALE)
        .then(|| summarize(&c, &Localizer::new(SOURCE_LOCALE, Isolation::Off).unwrap(), day));
    let rtl = loc.locale().direction == family_voice::i18n::Direction::Rtl;
    // The peers are given the same fonts in the same order as the PDF: for Urdu, Nastaliq
    // before Naskh-style Arabic.
    let fonts = FontBook::from_system().unwrap().arranged_for(&c.language);
    let families: Vec<&str> = fonts.regular.iter().map(|f| f.family.as_str()).collect();
    let text = match format.as_str() {
        "html" => html(&summary, english.as_ref(), &c.language, rtl, &families),
        "typst" => typst(&summary, english.as_ref(), &c.language, rtl, &families),
        _ => panic!("html or typst"),
    };
    std::fs::write(output, text).unwrap();
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('\n', "<br>")
}

fn html(s: &Summary, en: Option<&Summary>, lang: &str, rtl: bool, families: &[&str]) -> String {
    let families: Vec<String> = families.iter().map(|f| format!("'{f}'")).collect();
    let mut out = format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{}\"><meta charset=utf-8><style>\
         @page{{size:A4;margin:20mm}}body{{font-family:{},sans-serif;font-size:11.5pt}}\
         h1{{font-size:19pt;color:#0d5c5f}}h2{{font-size:14.5pt;color:#0d5c5f;border-bottom:1px solid #bbb}}\
         .q{{font-weight:bold;font-size:10.5pt;color:#555}}.en{{font-size:9pt;color:#555}}td{{vertical-align:top}}</style><body>",
        if rtl { "rtl" } else { "ltr" },
        families.join(",")
    );
    out += &format!("<h1>{}</h1>", esc(&s.title));
    if let Some(en) = en {
        out += &format!("<p class=en>{}</p>", esc(&en.title));
    }
    let facts = |out: &mut String, facts: &[Fact], en: Option<&[Fact]>| {
        *out += "<table>";
        for (i, f) in facts.iter().enumerate() {
            let english = en.and_then(|e| e.get(i)).map(|e| format!("<div class=en>{}</div>", esc(&e.label)));
            *out += &format!(
                "<tr><td><b>{}</b>{}</td><td>{}</td></tr>",
                esc(&f.label),
                english.unwrap_or_default(),
                esc(&f.value)
            );
        }
        *out += "</table>";
    };
    facts(&mut out, &s.about, en.map(|e| e.about.as_slice()));
    for (i, part) in s.parts.iter().enumerate() {
        out += &format!("<h2>{}</h2>", esc(&part.title));
        for (k, item) in part.items.iter().enumerate() {
            out += &format!("<p class=q>{}</p>", esc(&item.question));
            if let Some(en) = en {
                out += &format!("<p class=en>{}</p>", esc(&en.parts[i].items[k].question));
            }
            out += &format!("<p>{}</p>", esc(item.answer.as_deref().unwrap_or("—")));
        }
    }
    facts(&mut out, &s.closing, en.map(|e| e.closing.as_slice()));
    out + "</body></html>"
}

fn typ(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\#*_`$<>@[]~/=-+'\"".contains(c) {
            out.push('\\');
        }
        if c == '\n' {
            out.push_str(" \\ ");
        } else {
            out.push(c);
        }
    }
    out
}

fn typst(s: &Summary, en: Option<&Summary>, lang: &str, rtl: bool, families: &[&str]) -> String {
    let families: Vec<String> = families.iter().map(|f| format!("\"{f}\"")).collect();
    let mut out = format!(
        "#set page(paper: \"a4\", margin: 20mm)\n#set text(font: ({}), size: 11.5pt, lang: \"{}\", dir: {})\n",
        families.join(", "),
        lang.split('-').next().unwrap(),
        if rtl { "rtl" } else { "ltr" }
    );
    out += &format!("#text(size: 19pt, weight: \"bold\")[{}]\n\n", typ(&s.title));
    if let Some(en) = en {
        out += &format!("#text(size: 9pt)[{}]\n\n", typ(&en.title));
    }
    let facts = |out: &mut String, facts: &[Fact], en: Option<&[Fact]>| {
        *out += "#table(columns: (150pt, 1fr), stroke: none,\n";
        for (i, f) in facts.iter().enumerate() {
            let english = en.and_then(|e| e.get(i)).map(|e| format!(" \\ #text(size: 9pt)[{}]", typ(&e.label)));
            *out += &format!("  [*{}*{}], [{}],\n", typ(&f.label), english.unwrap_or_default(), typ(&f.value));
        }
        *out += ")\n\n";
    };
    facts(&mut out, &s.about, en.map(|e| e.about.as_slice()));
    for (i, part) in s.parts.iter().enumerate() {
        out += &format!("== {}\n\n", typ(&part.title));
        for (k, item) in part.items.iter().enumerate() {
            out += &format!("*{}*\n\n", typ(&item.question));
            if let Some(en) = en {
                out += &format!("#text(size: 9pt)[{}]\n\n", typ(&en.parts[i].items[k].question));
            }
            out += &format!("{}\n\n", typ(item.answer.as_deref().unwrap_or("—")));
        }
    }
    facts(&mut out, &s.closing, en.map(|e| e.closing.as_slice()));
    out
}
