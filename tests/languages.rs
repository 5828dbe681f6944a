//! Every shipped language end to end in the PDF: its questions, a family's answer in its own
//! script, the English under each question, and the note while a translation is unchecked,
//! all shaped and all coming back when the text is extracted.

use std::collections::BTreeMap;

use family_voice::i18n::{self, Direction, Isolation, Localizer, SOURCE_LOCALE};
use family_voice::pdf::{self, FontBook};
use family_voice::Contribution;

use crate::support::{fixture, made_on, pdf_text, save};

/// Checks `expected` is in `text`: whole for left-to-right scripts, word by word for
/// right-to-left ones (readers mark direction changes in their own way).
pub(crate) fn assert_extracted(text: &str, expected: &str, rtl: bool, what: &str) {
    // pdftotext marks the direction of each run with embedding characters; they are not text.
    let text: String =
        text.chars().filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}')).collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if rtl {
        for word in expected.split_whitespace() {
            let word = word.trim_matches(|c: char| c.is_ascii_punctuation() || c == '۔' || c == '،' || c == '؟');
            assert!(word.is_empty() || text.contains(word), "{what}: the word {word:?} is missing from:\n{text}");
        }
    } else {
        let squashed = expected.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&squashed), "{what}: {squashed:?} is missing from:\n{text}");
    }
}

#[test]
fn every_language_prints_its_questions_the_english_and_an_answer_in_its_own_script() {
    let answers: BTreeMap<String, String> =
        serde_json::from_str(&std::fs::read_to_string(fixture("answers-by-language.json")).unwrap()).unwrap();
    let fonts = FontBook::from_system().unwrap();
    let english = Localizer::new(SOURCE_LOCALE, Isolation::Off).unwrap();
    for locale in i18n::locales() {
        let loc = Localizer::new(locale.tag, Isolation::Off).unwrap();
        let rtl = locale.direction == Direction::Rtl;
        let answer = answers.get(locale.tag).unwrap_or_else(|| panic!("a sample answer in {}", locale.tag));
        let mut c = Contribution::new(locale.tag);
        c.answers.insert("prompt-strengths-family".into(), answer.clone());
        let rendered = pdf::render_with(&c, &loc, made_on(), &fonts).unwrap();
        let text = pdf_text(&save(&format!("language-{}.pdf", locale.tag), &rendered));
        let what = locale.tag;

        assert_extracted(&text, answer, rtl, what);
        assert_extracted(&text, &loc.msg("prompt-strengths-family"), rtl, what);
        assert_extracted(&text, &loc.msg("summary-title"), rtl, what);
        if locale.tag != SOURCE_LOCALE {
            // In a right-to-left page, readers may move an English line's end punctuation to
            // its other side when extracting; word by word is what is asked there.
            assert_extracted(&text, &english.msg("prompt-strengths-family"), rtl, what);
            assert_extracted(&text, &english.msg("summary-title"), rtl, what);
        }
        if !locale.reviewed {
            assert_extracted(&text, &loc.msg("summary-translation-note"), rtl, what);
        } else {
            assert!(
                !text.contains(&english.msg("summary-translation-note")),
                "{what}: a reviewed language has no note"
            );
        }
    }
}
