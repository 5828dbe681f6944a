//! "My notes for the day": the Chair's headings in the Chair's order, the notes made from the
//! family's answers, their edits kept with the draft, one page or a clear refusal, and the
//! English under each heading of a translated page.

use family_voice::i18n::{Isolation, Localizer};
use family_voice::notes::{self, DayNotes, NotesSection, SECTIONS};
use family_voice::pdf::{self, FontBook, PdfError, RenderedPdf};
use family_voice::Contribution;

use crate::support::{made_on, pdf_pages, pdf_text, pdfium_text, save};

fn render(notes: &DayNotes, lang: &str) -> Result<RenderedPdf, PdfError> {
    thread_local! {
        static FONTS: FontBook = FontBook::from_system().expect("the test machine has fonts (fonts-noto-core)");
    }
    let loc = Localizer::new(lang, Isolation::Off).unwrap();
    FONTS.with(|fonts| pdf::render_notes_with(notes, &loc, made_on(), fonts))
}

fn answered(pairs: &[(&str, &str)]) -> Contribution {
    let mut c = Contribution::new("en-GB");
    for (id, text) in pairs {
        c.answers.insert((*id).to_owned(), (*text).to_owned());
    }
    c
}

#[test]
fn notes_start_from_the_first_sentence_of_each_answer_under_the_chairs_headings() {
    let mut c = answered(&[
        ("prompt-strengths-family", "We laugh a lot together. We eat dinner at the table every night."),
        ("prompt-strengths-parenting", "\n  I take them to school on time.\nAlways."),
        ("prompt-worries-difficulties", "Money is tight since I lost my job. The flat is damp."),
        ("prompt-worries-change", "Dad needs to stop drinking"),
        ("prompt-support-needed", "Help with the housing."),
        ("prompt-reports-agree", "The school report is fair."),
        ("prompt-reports-wrong", "I was never told about the meeting in May. Nobody phoned."),
    ]);
    c.about.helper.kind = family_voice::contribution::HelperKind::Advocate;
    c.about.helper.name = "Sam Okafor".into();
    let n = notes::for_day(&c);
    assert_eq!(n.working_well, "We laugh a lot together.\nI take them to school on time.");
    assert_eq!(n.worries, "Money is tight since I lost my job.");
    assert_eq!(n.change, "Dad needs to stop drinking\nHelp with the housing.");
    assert_eq!(
        n.reports, "I was never told about the meeting in May.",
        "what they agree with is not a point to answer"
    );
    assert_eq!(n.questions, "");
    assert_eq!(n.coming, "Sam Okafor");
    assert_eq!(
        SECTIONS[..3],
        [NotesSection::WorkingWell, NotesSection::Worries, NotesSection::Change],
        "the Chair asks what is working well, then the worries, then what needs to change"
    );
}

#[test]
fn the_familys_edits_are_kept_with_the_draft_and_old_drafts_still_open() {
    let mut c = answered(&[("prompt-strengths-family", "We laugh a lot.")]);
    let old_json = c.to_json();
    assert!(!old_json.contains("dayNotes"), "a draft whose notes were never edited is written as before");
    let mut edited = notes::for_day(&c);
    edited.working_well = "We laugh a lot.\nThe children go to football on Saturdays.".into();
    edited.questions = "When will I get the plan?".into();
    c.day_notes = Some(edited.clone());
    let reopened = Contribution::from_json(&c.to_json()).unwrap();
    assert_eq!(notes::for_day(&reopened), edited);
    // A later change to the answers does not overwrite what the family wrote in their notes.
    let mut changed = reopened.clone();
    changed.answers.insert("prompt-strengths-family".into(), "Something new.".into());
    assert_eq!(notes::for_day(&changed), edited);
    assert_eq!(notes::for_day(&Contribution::from_json(&old_json).unwrap()).working_well, "We laugh a lot.");
}

fn example_notes() -> DayNotes {
    DayNotes {
        working_well: "We laugh a lot together.\nThe children are at school every day.".into(),
        worries: "Money is tight since I lost my job.".into(),
        change: "Help with the damp in the flat.".into(),
        reports: "I was never told about the meeting in May.".into(),
        questions: "When will I get the plan?".into(),
        coming: "Sam, my advocate".into(),
    }
}

#[test]
fn the_page_holds_every_heading_in_order_and_every_point_on_one_page() {
    let rendered = render(&example_notes(), "en-GB").unwrap();
    assert_eq!(rendered.pages, 1);
    let path = save("notes-en.pdf", &rendered);
    assert_eq!(pdf_pages(&path), 1);
    for text in [pdf_text(&path), pdfium_text(&path)] {
        let mut at = 0;
        for heading in [
            "My notes for the day",
            "What is working well",
            "We laugh a lot together.",
            "The children are at school every day.",
            "What I am worried about",
            "Money is tight since I lost my job.",
            "What needs to change",
            "Help with the damp in the flat.",
            "What I want to say about the reports",
            "I was never told about the meeting in May.",
            "My questions for the Chair",
            "When will I get the plan?",
            "Who is coming with me",
            "Sam, my advocate",
        ] {
            let found = text[at..].find(heading).unwrap_or_else(|| panic!("{heading:?} after {at} in {text}"));
            at += found + heading.len();
        }
        assert!(text.contains("Confidential") && text.contains("Page 1 of 1"), "{text}");
    }
}

#[test]
fn notes_too_long_for_one_page_are_refused_and_nothing_is_cut() {
    let mut long = example_notes();
    long.worries =
        (1..=40).map(|i| format!("Worry number {i}, written out at some length.")).collect::<Vec<_>>().join("\n");
    match render(&long, "en-GB") {
        Err(PdfError::TooLongForOnePage { pages }) => assert!(pages >= 2, "{pages}"),
        other => panic!("expected too long, got {:?}", other.map(|r| r.pages)),
    }
    let loc = Localizer::new("en-GB", Isolation::Off).unwrap();
    let err = PdfError::TooLongForOnePage { pages: 2 };
    let problem = family_voice::Problem::explain(&err, &loc);
    assert!(problem.message.contains("too long for one page"), "{}", problem.message);
}

#[test]
fn a_translated_page_has_the_english_under_each_heading() {
    let mut n = example_notes();
    n.questions = "Kiedy dostanę plan?".into();
    let rendered = render(&n, "pl").unwrap();
    let path = save("notes-pl.pdf", &rendered);
    for text in [pdf_text(&path), pdfium_text(&path)] {
        for pair in [
            ("Moje notatki na dzień spotkania", "My notes for the day"),
            ("Co idzie dobrze", "What is working well"),
            ("Co mnie martwi", "What I am worried about"),
            ("Co musi się zmienić", "What needs to change"),
            ("Moje pytania do przewodniczącego", "My questions for the Chair"),
            ("Kto przyjdzie ze mną", "Who is coming with me"),
        ] {
            let translated = text.find(pair.0).unwrap_or_else(|| panic!("{:?} in {text}", pair.0));
            let english = text[translated..].find(pair.1).unwrap_or_else(|| panic!("{:?} under {:?}", pair.1, pair.0));
            assert!(english <= pair.0.len() + 4, "the English follows straight after: {text}");
        }
        assert!(text.contains("Kiedy dostanę plan?"));
    }
    let urdu = render(&example_notes(), "ur").unwrap();
    let path = save("notes-ur.pdf", &urdu);
    assert_eq!(urdu.pages, 1);
    let text = pdf_text(&path);
    assert!(text.contains("My questions for the Chair") && text.contains("When will I get the plan?"), "{text}");
}
