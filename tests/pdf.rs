use family_voice::prompts;
use family_voice::Contribution;

use crate::support::{body_text, example, made_on, pdf_pages, pdf_text, render, save, squash};
use family_voice::pdf::FontBook;

#[test]
fn the_pdf_has_every_heading_question_and_answer_of_a_filled_contribution() {
    let c = example();
    let path = save("example.pdf", &render(&c));
    let text = pdf_text(&path);
    let loc = crate::support::pdf_loc();
    for expected in [
        "Family contribution to the Child Protection Conference",
        "Confidential",
        "Joanna Kowalska (mum)",
        "Zoë, aged 7 years",
        "Tomasz, born Thursday 14 March 2019",
        "Initial conference",
        "Thursday 3 December 2026 at 10:30am",
        "An advocate: Ayşe Demir",
        "6 out of 10",
        "Made on Sunday 22 November 2026",
        "What happens next",
        "You get the reports By Tuesday 1 December 2026 at the latest",
        "The first review conference By Wednesday 3 March 2027 at the latest",
        "Signature",
    ] {
        assert!(text.contains(expected), "{expected:?} is missing from:\n{text}");
    }
    for part in prompts::parts() {
        let title = loc.msg(&part.id.title_id());
        assert!(text.contains(&squash(&title)), "heading {title:?} is missing");
        for id in part.prompts {
            assert!(text.contains(&squash(&loc.msg(id))), "question {id} is missing");
        }
    }
    for answer in c.answers.values() {
        assert!(text.contains(&squash(answer)), "answer {answer:?} is missing from:\n{text}");
    }
}

#[test]
fn blank_questions_are_marked_not_answered_so_the_chair_sees_they_were_asked() {
    let c = example();
    let text = pdf_text(&save("example-blanks.pdf", &render(&c)));
    let questions: usize = prompts::parts().iter().map(|p| p.prompts.len()).sum::<usize>() + 1;
    let answered = c.answers.len() + 1;
    assert_eq!(text.matches("Not answered").count(), questions - answered);
}

#[test]
fn a_long_answer_flows_over_pages_and_every_page_is_numbered() {
    let mut c = Contribution::new("en-GB");
    let paragraph = "We have tried very hard to keep the house calm in the mornings, and the children now get to school on time most days. ";
    let long: String = (0..60).map(|i| format!("{i}: {}\n", paragraph.repeat(3))).collect();
    c.answers.insert("prompt-strengths-family".into(), long.clone());
    let rendered = render(&c);
    let path = save("long-answer.pdf", &rendered);
    let pages = pdf_pages(&path);
    assert_eq!(pages, rendered.pages);
    // 60 paragraphs of about six lines each cannot fit on fewer than eight A4 pages.
    assert!((8..=14).contains(&pages), "{pages} pages");
    let text = pdf_text(&path);
    for page in 1..=pages {
        assert!(text.contains(&format!("Page {page} of {pages}")), "page {page} has no number");
    }
    assert!(!text.contains(&format!("Page {} of", pages + 1)));
    assert!(body_text(&path).contains(&squash(&long)), "the long answer is not all there");
}

#[test]
fn every_page_and_font_in_the_pdf_is_compressed_and_reads_back() {
    let mut c = example();
    c.answers.insert("prompt-worries-change".into(), "Kahvaltı, ödev, uyku. ".repeat(400));
    let rendered = render(&c);
    let doc = lopdf::Document::load_mem(&rendered.bytes).expect("the PDF parses");
    let mut streams = 0;
    for (id, object) in &doc.objects {
        let lopdf::Object::Stream(stream) = object else { continue };
        // lopdf unpacks the object streams (the structure tree's many small objects) as it
        // loads them, so those are checked in the file's own bytes below; the cross-reference
        // stream, a table of about 1 kB, is written as it is.
        if stream.dict.get(b"Type").and_then(|t| t.as_name()).is_ok_and(|t| t == b"ObjStm" || t == b"XRef") {
            continue;
        }
        streams += 1;
        let filter = stream.dict.get(b"Filter").and_then(|f| f.as_name()).ok();
        assert_eq!(filter, Some(&b"FlateDecode"[..]), "stream {id:?} is not compressed: {:?}", stream.dict);
        let content = stream.decompressed_content().expect("each stream inflates");
        assert!(content.len() > stream.content.len(), "stream {id:?} gained nothing from compressing");
    }
    let packed: Vec<&[u8]> = rendered.bytes.windows(7).filter(|w| *w == b"/ObjStm").collect();
    let packed_and_compressed = rendered
        .bytes
        .split(|&b| b == b'>')
        .filter(|dict| dict.windows(7).any(|w| w == b"/ObjStm") && dict.windows(12).any(|w| w == b"/FlateDecode"))
        .count();
    assert!(!packed.is_empty(), "the small objects are packed into object streams");
    assert_eq!(packed_and_compressed, packed.len(), "every object stream is compressed");
    // Every page has its content, and each of the regular and bold fonts its file.
    assert!(streams >= rendered.pages + 2, "{streams} streams for {} pages", rendered.pages);
    assert!(pdf_text(&save("compressed.pdf", &rendered)).contains("Kahvaltı, ödev, uyku."));
}

#[test]
fn lines_in_the_same_style_set_their_font_and_colour_once_a_page() {
    let mut c = Contribution::new("en-GB");
    c.answers.insert("prompt-strengths-family".into(), "We walk to school together every morning. ".repeat(400));
    let rendered = render(&c);
    let doc = lopdf::Document::load_mem(&rendered.bytes).expect("the PDF parses");
    let (_, &second) = doc.get_pages().iter().nth(1).expect("the answer runs over two pages");
    let content = lopdf::content::Content::decode(&doc.get_page_content(second)).unwrap();
    let count = |op: &str| content.operations.iter().filter(|o| o.operator == op).count();
    // A page of the answer, with its header and footer: each line its own text section, but the
    // font and colour set only where they change.
    assert!(count("BT") > 40, "{} lines", count("BT"));
    assert!(
        count("Tf") <= 4 && count("rg") <= 4,
        "{} Tf and {} rg for {} lines",
        count("Tf"),
        count("rg"),
        count("BT")
    );
}

#[test]
fn an_empty_contribution_still_makes_a_one_or_two_page_pdf() {
    let rendered = render(&Contribution::new("en-GB"));
    let path = save("empty.pdf", &rendered);
    assert!((1..=2).contains(&pdf_pages(&path)));
    assert!(pdf_text(&path).contains("Family contribution to the Child Protection Conference"));
}

#[test]
fn latin_letters_from_many_languages_come_through_the_pdf_unchanged() {
    let mut c = Contribution::new("en-GB");
    let words = "Łucja Wróblewska, Ștefan Mureșan, Ayşe Yılmaz, Nóra Kővári, João Gonçalves, Žemaitė Šarūnė, Ërmira Çela, Niño Ibáñez";
    c.answers.insert("prompt-strengths-family".into(), words.into());
    c.about.writer_name = "Ştefan Ţurcanu".into();
    let text = pdf_text(&save("latin.pdf", &render(&c)));
    assert!(text.contains(words), "{text}");
    assert!(text.contains("Ştefan Ţurcanu"));
}

#[test]
fn odd_input_never_panics_and_the_readable_text_survives() {
    let mut c = Contribution::new("en-GB");
    let long_word = "a".repeat(5000);
    c.answers.insert(
        "prompt-strengths-family".into(),
        "Emoji 😀👨‍👩‍👧 and\u{0007}bell\u{0000}nul\r\nwindows\rmac\u{2028}sep\t tab".to_owned(),
    );
    c.answers.insert("prompt-worries-change".into(), long_word.clone());
    c.answers.insert("prompt-support-needed".into(), "\n\n\n".into());
    c.about.writer_name = "\u{202E}reversed\u{202C} \u{FEFF}zero".into();
    let path = save("odd.pdf", &render(&c));
    let text = pdf_text(&path);
    assert!(text.contains("Emoji"));
    assert!(text.contains("bellnul"), "control characters are dropped, the letters kept: {text}");
    assert!(text.contains("windows mac sep tab"));
    assert!(body_text(&path).replace(' ', "").contains(&long_word), "a word longer than a line is broken, not lost");
}

#[test]
fn a_one_megabyte_answer_renders() {
    let mut c = Contribution::new("en-GB");
    let sentence = "Every morning we walk to school together and talk about the day ahead. ";
    let big: String = sentence.repeat(1_048_576 / sentence.len() + 1);
    c.answers.insert("prompt-strengths-family".into(), big);
    let rendered = render(&c);
    assert!(rendered.pages > 100, "{} pages", rendered.pages);
    let path = save("one-megabyte.pdf", &rendered);
    assert_eq!(pdf_pages(&path), rendered.pages);
}

#[test]
fn answers_in_other_scripts_are_shaped_and_come_back_when_the_text_is_extracted() {
    let c =
        Contribution::from_json(&std::fs::read_to_string(crate::support::fixture("scripts.json")).unwrap()).unwrap();
    let path = save("scripts.pdf", &render(&c));
    let text = pdf_text(&path);
    // Scripts whose letters combine (conjuncts, vowel signs) come back exactly as typed.
    for id in
        ["prompt-strengths-known", "prompt-worries-change", "prompt-worries-difficulties", "prompt-support-needed"]
    {
        let answer = &c.answers[id];
        assert!(text.contains(answer.as_str()), "{id}: {answer:?} is missing from:\n{text}");
    }
    // Right-to-left answers come back word for word (readers mark the direction changes
    // between an Arabic run and a number in their own way).
    for id in ["prompt-strengths-family", "prompt-strengths-parenting", "prompt-support-difference"] {
        for word in c.answers[id].split_whitespace() {
            let word = word.trim_matches(|ch: char| ch == '.' || ch == '۔');
            assert!(text.contains(word), "{id}: the word {word:?} is missing from:\n{text}");
        }
    }
    let fonts = std::process::Command::new("pdffonts").arg(&path).output().unwrap();
    let fonts = String::from_utf8(fonts.stdout).unwrap();
    for family in [
        "NotoSansArabic",
        "NotoSansBengali",
        "NotoSansDevanagari",
        "NotoSansGurmukhi",
        "NotoSansGujarati",
        "NotoSansHebrew",
    ] {
        assert!(fonts.contains(family), "{family} is not embedded:\n{fonts}");
    }
}

#[test]
fn right_to_left_answers_copy_out_in_reading_order_in_pdfium_as_in_poppler() {
    // pdfium is the engine of Chrome's and Edge's viewer, where most families and councils open
    // the file. A whole line's /ActualText came back from it with each Arabic word's letters
    // reversed, and Urdu and Hebrew words in reverse order.
    let c =
        Contribution::from_json(&std::fs::read_to_string(crate::support::fixture("scripts.json")).unwrap()).unwrap();
    let path = save("scripts-pdfium.pdf", &render(&c));
    let text = crate::support::pdfium_text(&path);
    for id in ["prompt-strengths-family", "prompt-strengths-parenting", "prompt-support-difference"] {
        let answer = squash(&c.answers[id]);
        assert!(text.contains(&answer), "{id}: {answer:?} is not in pdfium's text:\n{text}");
    }
}

#[test]
fn writing_that_no_installed_font_can_draw_is_a_message_naming_what_to_install() {
    // A computer with only a Latin font.
    let mut db = fontdb::Database::new();
    db.load_font_file("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf").unwrap();
    let fonts = family_voice::pdf::FontBook::from_database(&db).unwrap();
    let mut c = Contribution::new("en-GB");
    c.answers.insert("prompt-strengths-family".into(), "Mae'n iawn. আমার পরিবার খুব ভালো।".into());
    let loc = crate::support::pdf_loc();
    let error = family_voice::pdf::render_with(&c, &loc, crate::support::made_on(), &fonts).unwrap_err();
    let family_voice::pdf::PdfError::CannotPrint(missing) = &error else { panic!("{error:?}") };
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].kind, family_voice::pdf::Unprintable::Script(family_voice::pdf::Script::Bengali));
    let problem = family_voice::Problem::explain(&error, &loc);
    assert_eq!(problem.code, "pdf.cannot-print");
    assert!(problem.message.contains("Bengali") && problem.message.contains("fonts-noto-core"), "{}", problem.message);

    // Latin text alone still renders with that one font.
    c.answers.insert("prompt-strengths-family".into(), "Mae'n iawn.".into());
    assert!(family_voice::pdf::render_with(&c, &loc, crate::support::made_on(), &fonts).is_ok());
}

#[test]
fn characters_no_font_can_print_are_refused_naming_each_kind_and_what_to_do() {
    // Latin and Ethiopic fonts, but no Chinese font and no emoji font.
    let mut db = fontdb::Database::new();
    for file in ["NotoSans-Regular.ttf", "NotoSansEthiopic-Regular.ttf"] {
        db.load_font_file(format!("/usr/share/fonts/truetype/noto/{file}")).unwrap();
    }
    let fonts = FontBook::from_database(&db).unwrap();
    let mut c = Contribution::new("en-GB");
    c.answers.insert("prompt-strengths-family".into(), "ሰላም 你好 \u{E000} we are 👍🏽 fine".into());
    let loc = crate::support::pdf_loc();
    let error = family_voice::pdf::render_with(&c, &loc, made_on(), &fonts).unwrap_err();
    let problem = family_voice::Problem::explain(&error, &loc);
    assert_eq!(problem.code, "pdf.cannot-print");
    let message = problem.message;
    for part in [
        "你 好 (Chinese or Japanese writing)",
        "fonts-noto-cjk",
        "U+E000",
        "can never be printed",
        "👍 (emoji)",
        "fonts-symbola",
    ] {
        assert!(message.contains(part), "{part:?} is not in {message:?}");
    }
    // Ethiopic has its font here, and the skin tone is left out rather than named.
    assert!(!message.contains('ሰ') && !message.contains('\u{1F3FD}'), "{message}");
}

#[test]
fn a_punjabi_danda_is_drawn_by_the_gurmukhi_font_not_the_bengali_one() {
    let mut c = Contribution::new("pa");
    c.answers.insert("prompt-strengths-family".into(), "ਸਾਡਾ ਪਰਿਵਾਰ ਇਕੱਠਾ ਹੈ। ਅਸੀਂ ਠੀਕ ਹਾਂ॥".into());
    let fonts = FontBook::from_system().unwrap();
    let loc = family_voice::i18n::Localizer::new("pa", family_voice::i18n::Isolation::Off).unwrap();
    let pdf = family_voice::pdf::render_with(&c, &loc, made_on(), &fonts).unwrap();
    let embedded = embedded_fonts(&pdf.bytes);
    assert!(embedded.iter().any(|f| f.contains("Gurmukhi")), "{embedded:?}");
    assert!(!embedded.iter().any(|f| f.contains("Bengali") || f.contains("Devanagari")), "{embedded:?}");
}

/// The names of the fonts a PDF embeds, without their subset tags.
fn embedded_fonts(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    let name = |d: &lopdf::Dictionary, key: &[u8]| d.get(key).and_then(|v| v.as_name()).ok().map(<[u8]>::to_vec);
    let mut fonts: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| name(d, b"Subtype").as_deref() == Some(b"Type0"))
        .filter_map(|d| name(d, b"BaseFont").map(|n| String::from_utf8_lossy(&n).into_owned()))
        .map(|f| f.split_once('+').map_or(f.clone(), |(_, name)| name.to_owned()))
        .collect();
    fonts.sort_unstable();
    fonts
}

fn urdu_contribution(fonts: &family_voice::pdf::FontBook) -> Vec<u8> {
    let text = std::fs::read_to_string(crate::support::fixture("contribution-ur.json")).unwrap();
    let c = Contribution::from_json(&text).unwrap();
    let loc = family_voice::i18n::Localizer::new("ur", family_voice::i18n::Isolation::Off).unwrap();
    family_voice::pdf::render_with(&c, &loc, crate::support::made_on(), fonts).unwrap().bytes
}

#[test]
fn a_font_in_both_the_regular_and_the_bold_chain_is_embedded_once() {
    // A computer with no bold faces: the bold chain falls back to the regular ones, so the Urdu
    // questions (bold) and answers (regular) share each font. (Debian's bold Nastaliq says it is
    // regular, so on Debian the Nastaliq is always shared this way.)
    let mut db = fontdb::Database::new();
    for file in ["NotoSans-Regular.ttf", "NotoNastaliqUrdu-Regular.ttf"] {
        db.load_font_file(format!("/usr/share/fonts/truetype/noto/{file}")).unwrap();
    }
    let fonts = family_voice::pdf::FontBook::from_database(&db).unwrap();
    assert_eq!(embedded_fonts(&urdu_contribution(&fonts)), ["NotoNastaliqUrdu-Regular", "NotoSans-Regular"]);
}

#[test]
fn urdu_is_set_in_nastaliq_and_arabic_in_naskh_style() {
    let fonts = family_voice::pdf::FontBook::from_system().unwrap();
    let families =
        |tag: &str| -> Vec<String> { fonts.arranged_for(tag).regular.iter().map(|f| f.family.clone()).collect() };
    let position = |list: &[String], name: &str| list.iter().position(|f| f == name).unwrap();
    let urdu = families("ur");
    assert!(position(&urdu, "Noto Nastaliq Urdu") < position(&urdu, "Noto Sans Arabic"), "{urdu:?}");
    let arabic = families("ar");
    assert!(position(&arabic, "Noto Sans Arabic") < position(&arabic, "Noto Nastaliq Urdu"), "{arabic:?}");
}

#[test]
fn the_recovery_sheet_prints_the_code_and_what_to_do_in_every_language() {
    use family_voice::i18n::{self, Isolation, Localizer};
    let fonts = FontBook::from_system().unwrap();
    let code = "7KQ2-M9TX-4HVB-ZC1R-0PWD";
    for locale in i18n::locales() {
        let loc = Localizer::new(locale.tag, Isolation::Off).unwrap();
        let rendered = family_voice::pdf::render_recovery_with(code, &loc, made_on(), &fonts).unwrap();
        assert_eq!(rendered.pages, 1, "{}", locale.tag);
        let path = save(&format!("recovery-{}.pdf", locale.tag), &rendered);
        let text = pdf_text(&path);
        assert!(text.contains(code), "{}: the code is missing from:\n{text}", locale.tag);
        // The button it names is the one the locked screen shows, in the same words (checked in
        // left-to-right languages: poppler splits Arabic marks from their letters).
        if locale.direction == i18n::Direction::Ltr {
            crate::languages::assert_extracted(&text, &loc.msg("locked-forgot"), false, locale.tag);
        }
    }
}

#[test]
fn the_pdf_says_when_it_was_made_claims_no_standard_and_names_each_font_subset_for_its_glyphs() {
    let path = save("tidy.pdf", &render(&example()));
    let info = std::process::Command::new("pdfinfo").arg(&path).output().unwrap();
    let info = String::from_utf8(info.stdout).unwrap();
    let year = chrono::Local::now().format("%Y").to_string();
    let created = info.lines().find(|l| l.starts_with("CreationDate:")).unwrap_or_default();
    assert!(created.contains(&year) && !created.contains("1970"), "{info}");
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes.windows(15).any(|w| w == b"GTS_PDFXVersion"), "no empty PDF/X version");

    // The same glyphs give the same subset name; other glyphs, another.
    let subsets = |path: &std::path::Path| {
        let out = std::process::Command::new("pdffonts").arg(path).output().unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_whitespace().next().filter(|n| n.contains("+NotoSans-Regular")).map(str::to_owned))
            .collect::<Vec<_>>()
    };
    let again = save("tidy-again.pdf", &render(&example()));
    let mut other = example();
    other.answers.insert("prompt-strengths-known".into(), "Zebras quietly vex jumpy fish".into());
    let other = save("tidy-other.pdf", &render(&other));
    assert_eq!(subsets(&path).len(), 1);
    assert_eq!(subsets(&path), subsets(&again));
    assert_ne!(subsets(&path), subsets(&other));
}

/// One element of a PDF's structure as poppler reads it (`pdfinfo -struct-text`).
pub(crate) struct Element {
    /// Its type: H1, P, LI, Span…
    pub role: String,
    /// Its own text, line by line joined with spaces (not its children's).
    pub text: String,
    /// The own text of each element inside it, in order.
    pub inner: Vec<String>,
}

/// What a screen reader gets from a PDF: its structure in reading order, its language, the
/// languages marked on parts of it, its title and its bookmarks.
pub(crate) struct Structure {
    pub elements: Vec<Element>,
    pub lang: String,
    /// The /Lang of every element that has one.
    pub langs: Vec<String>,
    pub title: String,
    /// Whether viewers are asked to show the title rather than the file name.
    pub shows_title: bool,
    pub outline: Vec<String>,
}

impl Structure {
    /// The text of every element of a type, in reading order.
    pub fn texts(&self, role: &str) -> Vec<String> {
        self.elements.iter().filter(|e| e.role == role).map(|e| e.text.clone()).collect()
    }

    /// All the text in the structure, in reading order.
    pub fn all_text(&self) -> String {
        self.elements.iter().map(|e| e.text.as_str()).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ")
    }
}

/// Reads a PDF's structure with poppler and its catalog with lopdf.
pub(crate) fn structure(name: &str, bytes: &[u8]) -> Structure {
    let path = save(name, &family_voice::pdf::RenderedPdf { bytes: bytes.to_vec(), pages: 0 });
    let out = std::process::Command::new("pdfinfo").arg("-struct-text").arg(&path).output().expect("poppler-utils");
    assert!(out.status.success());
    // Two spaces of indent a level; text lines are quoted.
    let listing = String::from_utf8(out.stdout).unwrap();
    let mut elements: Vec<Element> = Vec::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    for line in listing.lines() {
        let depth = (line.len() - line.trim_start().len()) / 2;
        let line = line.trim();
        while open.last().is_some_and(|&(d, _)| d >= depth) {
            open.pop();
        }
        if let Some(text) = line.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
            let Some(&(_, i)) = open.last() else { continue };
            let own = &mut elements[i].text;
            if !own.is_empty() {
                own.push(' ');
            }
            own.push_str(text);
        } else {
            let role = line.split_whitespace().next().unwrap_or_default().to_owned();
            elements.push(Element { role, text: String::new(), inner: Vec::new() });
            open.push((depth, elements.len() - 1));
        }
    }
    // Each element's inner texts, now that every element has its text.
    let mut depths = Vec::new();
    for line in listing.lines() {
        if !line.trim_start().starts_with('"') {
            depths.push((line.len() - line.trim_start().len()) / 2);
        }
    }
    for i in 0..elements.len() {
        let inner = (i + 1..elements.len()).take_while(|&k| depths[k] > depths[i]).map(|k| elements[k].text.clone());
        elements[i].inner = inner.collect();
    }

    let doc = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let text = |object: &lopdf::Object| match object.as_str() {
        Ok(bytes) if bytes.starts_with(&[0xFE, 0xFF]) => {
            String::from_utf16(&bytes[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect::<Vec<_>>())
                .unwrap()
        }
        Ok(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        Err(_) => String::new(),
    };
    let catalog = doc.catalog().unwrap();
    let lang = catalog.get(b"Lang").map(text).unwrap_or_default();
    let shows_title = catalog
        .get(b"ViewerPreferences")
        .and_then(|v| doc.dereference(v))
        .and_then(|(_, v)| v.as_dict())
        .and_then(|v| v.get(b"DisplayDocTitle"))
        .and_then(lopdf::Object::as_bool)
        .unwrap_or(false);
    let info = doc.trailer.get(b"Info").and_then(|i| doc.dereference(i)).and_then(|(_, i)| i.as_dict()).unwrap();
    let title = info.get(b"Title").map(text).unwrap_or_default();
    let langs = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(lopdf::Object::as_name).ok() == Some(&b"StructElem"[..]))
        .filter_map(|d| d.get(b"Lang").ok().map(text))
        .collect();
    let mut outline = Vec::new();
    if let Ok(top) = catalog.get(b"Outlines").and_then(|o| doc.dereference(o)).and_then(|(_, o)| o.as_dict()) {
        let mut next = top.get(b"First").and_then(lopdf::Object::as_reference).ok();
        while let Some(id) = next {
            let item = doc.get_dictionary(id).unwrap();
            outline.push(item.get(b"Title").map(text).unwrap());
            assert!(item.get(b"Dest").is_ok(), "each bookmark opens a page");
            next = item.get(b"Next").and_then(lopdf::Object::as_reference).ok();
        }
    }
    Structure { elements, lang, langs, title, shows_title, outline }
}

/// Whether `wanted` appear in `found` in the same order (others may come between).
pub(crate) fn in_order(found: &[String], wanted: &[String]) -> bool {
    let mut found = found.iter();
    wanted.iter().all(|w| found.any(|f| f == w))
}

#[test]
fn the_contribution_is_tagged_title_parts_questions_answers_in_reading_order_with_its_language_and_bookmarks() {
    let c = example();
    let loc = crate::support::pdf_loc();
    let s = structure("tagged-en.pdf", &render(&c).bytes);
    assert_eq!(s.lang, "en-GB");
    assert_eq!(s.title, "Family contribution to the Child Protection Conference");
    assert!(s.shows_title);
    assert_eq!(s.texts("H1"), [s.title.as_str()]);
    assert_eq!(s.elements[0].role, "Document");

    let parts: Vec<String> = prompts::parts().iter().map(|p| squash(&loc.msg(&p.id.title_id()))).collect();
    assert!(parts.len() >= 4);
    let headings = s.texts("H2");
    assert!(in_order(&headings, &parts), "the parts {parts:?} in order among the headings {headings:?}");
    assert!(in_order(&s.outline, &parts), "the parts {parts:?} in order among the bookmarks {:?}", s.outline);
    let questions: Vec<String> =
        prompts::parts().iter().flat_map(|p| p.prompts.iter().map(|id| squash(&loc.msg(id)))).collect();
    assert!(in_order(&s.texts("H3"), &questions), "every question is a heading, in order");
    let paragraphs = s.texts("P");
    for answer in c.answers.values() {
        assert!(paragraphs.contains(&squash(answer)), "{answer:?} is a paragraph of its own");
    }
    // The details are a list of labelled items.
    let items: Vec<&Element> = s.elements.iter().filter(|e| e.role == "LI").collect();
    assert!(items.len() >= 8, "{} items", items.len());
    assert!(items[0].inner == ["Written by", "Joanna Kowalska (mum)"], "{:?}", items[0].inner);
    assert!(s.texts("Lbl").contains(&"Social worker".to_owned()));
    // The page's furniture is left out, and nothing is in another language.
    let all = s.all_text();
    assert!(!all.contains("Confidential") && !all.contains("Page 1 of"), "headers and footers are artefacts");
    assert!(s.langs.is_empty(), "{:?}", s.langs);
}

#[test]
fn a_right_to_left_contribution_is_tagged_in_its_language_with_the_english_marked_as_english() {
    let fonts = FontBook::from_system().unwrap();
    let s = structure("tagged-ur.pdf", &urdu_contribution(&fonts));
    let ur = family_voice::i18n::Localizer::new("ur", family_voice::i18n::Isolation::Off).unwrap();
    let en = crate::support::pdf_loc();
    assert_eq!(s.lang, "ur");
    assert!(s.shows_title);
    assert_eq!(s.title, ur.msg("summary-title"));
    // Each part's heading has its English inside it, marked as English.
    let parts = |loc: &family_voice::i18n::Localizer| -> Vec<String> {
        prompts::parts().iter().map(|p| squash(&loc.msg(&p.id.title_id()))).collect()
    };
    let english_under: Vec<String> =
        s.elements.iter().filter(|e| e.role == "H2").filter_map(|e| e.inner.first().cloned()).collect();
    assert!(in_order(&english_under, &parts(&en)), "{english_under:?}");
    assert!(in_order(&s.outline, &parts(&ur)), "the Urdu parts in order among the bookmarks {:?}", s.outline);
    assert_eq!(s.texts("H3").len(), prompts::parts().iter().map(|p| p.prompts.len()).sum::<usize>() + 1);
    assert!(s.texts("LI").len() + s.texts("Lbl").len() >= 8);
    assert!(!s.texts("P").is_empty());
    // Every marked language is English, and there is one for each question at least.
    assert!(s.langs.iter().all(|l| l == "en-GB"), "{:?}", s.langs);
    assert!(s.langs.len() > s.texts("H3").len(), "{} English spans", s.langs.len());
    assert!(!s.all_text().contains("Confidential"));
}

/// Set by the memory test for its child: how many characters of Urdu the long answer has.
const LONG_URDU_CHARS: &str = "FAMILY_VOICE_TEST_LONG_URDU_CHARS";

#[test]
fn a_150_page_urdu_contribution_is_made_in_under_80_mb() {
    // Peak memory is measured in a fresh process of its own (the rest of the tests share this
    // one), making about 150 pages of Urdu: where each page's glyphs were kept until the whole
    // file was written, such a contribution took 300 MB, and an old laptop could fail to make it.
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "pdf::long_urdu_child_not_a_test", "--ignored", "--nocapture", "--test-threads=1"])
        .env(LONG_URDU_CHARS, "327000")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "the child failed: {stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    let number = |key: &str| -> u64 {
        let line = stdout.lines().find_map(|l| l.split_once(key)).unwrap_or_else(|| panic!("no {key} in {stdout}"));
        line.1.split_whitespace().next().unwrap().parse().unwrap()
    };
    let (pages, peak_kb) = (number("pages:"), number("peak kB:"));
    eprintln!("a long Urdu contribution: {pages} pages, at most {:.1} MB resident", peak_kb as f64 / 1024.0);
    assert!(pages >= 140, "the answer should fill about 150 pages, not {pages}");
    assert!(peak_kb < 80 * 1024, "{pages} pages of Urdu took {peak_kb} kB at their peak");
}

/// The memory test's child process: makes the long Urdu contribution and prints the pages and
/// the process's peak resident memory (`VmHWM`).
#[test]
#[ignore = "the memory test's child process; does nothing unless that test starts it"]
fn long_urdu_child_not_a_test() {
    let Some(chars) = std::env::var(LONG_URDU_CHARS).ok().and_then(|n| n.parse::<usize>().ok()) else { return };
    let text = std::fs::read_to_string(crate::support::fixture("contribution-ur.json")).unwrap();
    let mut c = Contribution::from_json(&text).unwrap();
    let sentence = "ہم ایک دوسرے کے بہت قریب ہیں۔ ";
    let long = sentence.repeat(chars / sentence.chars().count());
    c.answers.insert("prompt-strengths-family".into(), long);
    let fonts = FontBook::from_system().unwrap();
    let loc = family_voice::i18n::Localizer::new("ur", family_voice::i18n::Isolation::Off).unwrap();
    let rendered = family_voice::pdf::render_with(&c, &loc, made_on(), &fonts).unwrap();
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let peak = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).unwrap().trim().trim_end_matches("kB").trim();
    println!("pages: {} peak kB: {peak}", rendered.pages);
}

#[test]
fn arabic_ligatures_copy_out_with_their_letters_in_reading_order_in_poppler_and_pdfium() {
    // لا and لى are drawn as one glyph each. Noted in reading order in the font's map, both
    // readers turned them around with the rest of the right-to-left line: الأسرة came back as
    // األسرة, على as عىل.
    let mut c = Contribution::new("ar");
    let words = ["الأسرة", "الاجتماع", "الميلاد", "على", "لا"];
    c.answers.insert(
        "prompt-strengths-family".into(),
        format!("نحن {} {} {} {} نقول {}.", words[0], words[1], words[2], words[3], words[4]),
    );
    let loc = family_voice::i18n::Localizer::new("ar", family_voice::i18n::Isolation::Off).unwrap();
    let fonts = FontBook::from_system().unwrap();
    let path = save("arabic-ligatures.pdf", &family_voice::pdf::render_with(&c, &loc, made_on(), &fonts).unwrap());
    for (reader, text) in [("poppler", pdf_text(&path)), ("pdfium", crate::support::pdfium_text(&path))] {
        for word in words {
            let found = text.split(|ch: char| ch.is_whitespace() || ch == '.').any(|w| w == word);
            assert!(found, "{reader}: {word:?} is not in:\n{text}");
        }
    }
}
